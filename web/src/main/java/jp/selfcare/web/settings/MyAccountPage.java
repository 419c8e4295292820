package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.identity.settings.InvalidAccountException;
import jp.selfcare.identity.settings.MyAccount;
import jp.selfcare.identity.settings.MyAccount.AddressChange;
import jp.selfcare.web.i18n.Messages;

/** 利用者情報: パスワード変更 and 2段階認証設定変更 (new address confirmed by a code sent to it). */
@Named
@ViewScoped
public class MyAccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MyAccount account;

  @Inject private SettingsSession session;

  private String current;
  private String password;
  private String confirmation;
  private String address;
  private String code;
  private boolean codeSent;

  public void changePassword() {
    try {
      session.passwordChanged(account.changeMyPassword(current, password, confirmation));
      Messages.info("settings.account.passwordChanged");
    } catch (InvalidAccountException e) {
      Messages.errors("settings.accounts.", e.problems());
      Messages.errors("settings.violation.", e.violations());
    }
    current = null;
    password = null;
    confirmation = null;
  }

  public void sendCode() {
    show(account.beginAddressChange(address));
  }

  public void confirm() {
    show(account.confirmAddressChange(code));
    code = null;
  }

  private void show(AddressChange outcome) {
    codeSent = outcome == AddressChange.CODE_SENT || outcome == AddressChange.WRONG_CODE;
    if (outcome == AddressChange.CODE_SENT || outcome == AddressChange.CHANGED) {
      Messages.info("settings.account." + outcome.name());
    } else {
      Messages.error("settings.account." + outcome.name());
    }
  }

  public String getRegisteredAddress() {
    return account.myTwoStepAddress().orElse(null);
  }

  public boolean isCodeSent() {
    return codeSent;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
