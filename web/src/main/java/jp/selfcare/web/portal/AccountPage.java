package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.portal.PortalAccount;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.web.i18n.Messages;

/**
 * アカウント設定: the user switches their own second step between the authenticator app (TOTP: set up
 * afresh at the next login) and the mailed one-time password.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PortalAccount account;

  private SecondStep current;
  private SecondStep chosen;

  public SecondStep getCurrent() {
    if (current == null) {
      current = account.mySecondStep();
      chosen = current;
    }
    return current;
  }

  public void switchSecondStep() {
    account.switchMySecondStep(chosen);
    current = chosen;
    Messages.info(
        chosen == SecondStep.TOTP ? "account.switched.TOTP" : "account.switched.MAIL_OTP");
  }

  public SecondStep[] getMethods() {
    return SecondStep.values();
  }

  public SecondStep getChosen() {
    getCurrent();
    return chosen;
  }

  public void setChosen(SecondStep chosen) {
    this.chosen = chosen;
  }
}
