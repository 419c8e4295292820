package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.selfcare.identity.portal.PortalRegistration;
import jp.selfcare.web.i18n.Messages;

/** パスワード再設定: mails a new password-setting link; the answer never says whether the ID exists. */
@Named
@RequestScoped
public class ResetPage {

  @EJB private PortalRegistration registration;

  private String loginId;

  public void request() {
    registration.requestPasswordReset(loginId);
    Messages.info("reset.accepted");
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }
}
