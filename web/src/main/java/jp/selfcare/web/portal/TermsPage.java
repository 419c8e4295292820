package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.identity.portal.PortalAccount;

/** カスタマーポータル規約 at the first login (and after a new version): 同意します or キャンセル. */
@Named
@RequestScoped
public class TermsPage {

  @EJB private PortalAccount account;

  @Inject private PortalSession session;

  public String getVersion() {
    return account.currentTermsVersion();
  }

  public String agree() {
    account.agreeToTerms();
    session.termsAgreed();
    return "/portal/index?faces-redirect=true";
  }

  /** キャンセル logs out. */
  public String cancel() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "/portal/login?faces-redirect=true";
  }
}
