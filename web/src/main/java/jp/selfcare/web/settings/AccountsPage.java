package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.identity.settings.InvalidAccountException;
import jp.selfcare.identity.settings.NewSettingsAccount;
import jp.selfcare.identity.settings.SettingsAccount.Kind;
import jp.selfcare.identity.settings.SettingsAccounts;
import jp.selfcare.identity.settings.SettingsAccounts.AccountSummary;
import jp.selfcare.identity.settings.SettingsAccounts.IssuedAccount;
import jp.selfcare.web.i18n.Messages;

/**
 * アカウント管理: the accounts in the login's scope with delete and unlock, and 登録 — account type, site ID
 * or telephone number, 自動払出 or a typed password, two-step authentication — whose confirmation shows
 * the issued login ID and password once.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettingsAccounts accounts;

  private List<AccountSummary> list;

  private Kind kind = Kind.SITE_ADMIN;
  private String siteId;
  private String telephoneNumber;
  private boolean generated = true;
  private String password;
  private String confirmation;
  private boolean twoStep = true;
  private IssuedAccount issued;

  public List<AccountSummary> getList() {
    if (list == null) {
      list = accounts.inScope();
    }
    return list;
  }

  /** 登録: on success the confirmation shows the issued login ID and password, this once. */
  public void register() {
    try {
      issued =
          accounts.register(
              new NewSettingsAccount(
                  kind,
                  siteId,
                  telephoneNumber,
                  generated ? null : password,
                  generated ? null : confirmation,
                  twoStep));
      list = null;
      siteId = null;
      telephoneNumber = null;
      password = null;
      confirmation = null;
    } catch (InvalidAccountException e) {
      Messages.errors("settings.accounts.", e.problems());
      Messages.errors("settings.violation.", e.violations());
    }
  }

  /** Closes the confirmation; the password is not shown again. */
  public void done() {
    issued = null;
  }

  public void delete(AccountSummary account) {
    accounts.delete(account.id());
    Messages.info("settings.accounts.deleted", account.loginId());
    list = null;
  }

  /**
   * パスワード再発行: a new generated password, shown once in the same panel as a registration's; the
   * account's open sessions end.
   */
  public void resetPassword(AccountSummary account) {
    issued = accounts.resetPassword(account.id());
    Messages.info("settings.accounts.passwordReset", account.loginId());
  }

  public void unlock(AccountSummary account) {
    accounts.unlock(account.id());
    Messages.info("settings.accounts.unlocked", account.loginId());
    list = null;
  }

  public Kind[] getKinds() {
    return new Kind[] {Kind.SITE_ADMIN, Kind.NUMBER_USER};
  }

  public IssuedAccount getIssued() {
    return issued;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public String getSiteId() {
    return siteId;
  }

  public void setSiteId(String siteId) {
    this.siteId = siteId;
  }

  public String getTelephoneNumber() {
    return telephoneNumber;
  }

  public void setTelephoneNumber(String telephoneNumber) {
    this.telephoneNumber = telephoneNumber;
  }

  public boolean isGenerated() {
    return generated;
  }

  public void setGenerated(boolean generated) {
    this.generated = generated;
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

  public boolean isTwoStep() {
    return twoStep;
  }

  public void setTwoStep(boolean twoStep) {
    this.twoStep = twoStep;
  }
}
