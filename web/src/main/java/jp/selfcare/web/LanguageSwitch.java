package jp.selfcare.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language of this browser session: Japanese by default, English on request. (Portal users
 * will later carry their own language; until they log in, this is the choice.)
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.JAPANESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return Locale.ENGLISH.equals(locale);
  }

  /** Switches to "ja" or "en" and stays on the current page. */
  public String choose(String language) {
    locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
