package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.identity.settings.SettingsLogin;
import jp.selfcare.identity.settings.SettingsLogin.Result;
import jp.selfcare.web.LoginFields;
import jp.selfcare.web.SessionIds;
import jp.selfcare.web.i18n.Messages;

/**
 * ログイン of the Web Settings Site: login ID (or Business Mobile contract ID) and password, then —
 * when the account uses it — the two-step set-up offer, the mailed code, and 2段階認証解除.
 */
@Named
@ViewScoped
public class SettingsLoginPage extends LoginFields {

  private static final long serialVersionUID = 1L;

  private static final String TOP = "/settings/index?faces-redirect=true";
  private static final String SECOND = "/settings/second?faces-redirect=true";
  private static final String LOGIN = "/settings/login?faces-redirect=true";

  @EJB private SettingsLogin login;

  @Inject private SettingsSession session;

  private String address;
  private String customerNumber;
  private String contractorName;
  private boolean addressForm;

  /** The password step; a new session id whatever the outcome. */
  public String checkPassword() {
    Result result = login.checkPassword(getLoginId(), getPassword());
    SessionIds.renew();
    return next(result);
  }

  /** 2段階認証初期設定 → OK: show the address form. */
  public void offerAccepted() {
    addressForm = true;
  }

  /** 2段階認証初期設定 → キャンセル: in without it this time. */
  public String skip() {
    return next(login.skipSetUp(session.ticket()));
  }

  /** メールアドレス登録: the code goes to the typed address. */
  public String registerAddress() {
    Result result = login.registerAddress(session.ticket(), address);
    if (result.outcome() == SettingsLogin.Outcome.INVALID_ADDRESS) {
      addressForm = true;
      Messages.error("settings.login.address.invalid");
      return null;
    }
    return next(result);
  }

  public String enterCode() {
    return next(login.enterCode(session.ticket(), getCode()));
  }

  public void resend() {
    if (login.resendCode(session.ticket())) {
      Messages.info("login.code.resent");
    } else {
      Messages.error("settings.login.startAgain");
    }
  }

  /** 2段階認証解除. */
  public String release() {
    Result result = login.release(session.ticket(), address, customerNumber, contractorName);
    if (result.outcome() == SettingsLogin.Outcome.RELEASE_REFUSED) {
      Messages.error("settings.release.refused");
      return null;
    }
    if (result.outcome() == SettingsLogin.Outcome.SET_UP_OFFERED) {
      Messages.flashInfo("settings.release.done");
    }
    return next(result);
  }

  /** The address the code went to (the code page shows it, as the release form asks for it). */
  public String getCodeAddress() {
    return login.codeAddress(session.ticket()).orElse("");
  }

  public String logout() {
    session.end();
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return LOGIN;
  }

  private String next(Result result) {
    switch (result.outcome()) {
      case SIGNED_IN:
        SessionIds.renew();
        session.complete(result.signIn());
        return TOP;
      case SET_UP_OFFERED, CODE_SENT:
        session.begin(result.ticket(), result.outcome());
        return SECOND;
      case WRONG_CODE:
        Messages.error("login.code.wrong");
        return null;
      case LOCKED:
        session.end();
        Messages.flashError("settings.login.locked");
        return LOGIN;
      case REJECTED:
        Messages.error("settings.login.rejected");
        return null;
      case BUSY:
        Messages.error("login.busy");
        return null;
      default:
        session.end();
        Messages.flashError("settings.login.startAgain");
        return LOGIN;
    }
  }

  public boolean isAddressForm() {
    return addressForm;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public void setCustomerNumber(String customerNumber) {
    this.customerNumber = customerNumber;
  }

  public String getContractorName() {
    return contractorName;
  }

  public void setContractorName(String contractorName) {
    this.contractorName = contractorName;
  }
}
