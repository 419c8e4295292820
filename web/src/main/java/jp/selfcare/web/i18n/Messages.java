package jp.selfcare.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Comparator;
import java.util.ResourceBundle;

/** Puts messages from the pages' resource bundle, in the view's language, on the page. */
public final class Messages {

  private static final String BUNDLE = "jp.selfcare.web.i18n.messages";

  private Messages() {}

  /** The text of a key in the current view's language, with {0}-style arguments filled in. */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /**
   * One error per broken rule, in the rules' order, each under {@code prefix + rule name} (e.g.
   * {@code registration.NAME_REQUIRED}).
   */
  public static void errors(String prefix, Collection<? extends Enum<?>> rules) {
    rules.stream()
        .sorted(Comparator.comparingInt(Enum::ordinal))
        .forEach(rule -> error(prefix + rule.name()));
  }

  /** One error per broken rule (as {@link #errors}) for one section of a page with several. */
  public static void errorsFor(
      String clientId, String prefix, Collection<? extends Enum<?>> rules) {
    rules.stream()
        .sorted(Comparator.comparingInt(Enum::ordinal))
        .forEach(rule -> errorFor(clientId, prefix + rule.name()));
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /**
   * An error for one section of a page with several (its {@code p:messages for="…"}), so that it is
   * not shown beside another section's form.
   */
  public static void errorFor(String clientId, String key, Object... arguments) {
    addFor(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A notice for one section of a page with several (see {@link #errorFor}). */
  public static void infoFor(String clientId, String key, Object... arguments) {
    addFor(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** An error shown on the page a redirect leads to. */
  public static void flashError(String key, Object... arguments) {
    keep();
    error(key, arguments);
  }

  /** A notice shown on the page a redirect leads to. */
  public static void flashInfo(String key, Object... arguments) {
    keep();
    info(key, arguments);
  }

  private static void keep() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void addFor(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
