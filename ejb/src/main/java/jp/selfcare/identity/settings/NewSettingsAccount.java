package jp.selfcare.identity.settings;

import jp.selfcare.identity.settings.SettingsAccount.Kind;

/**
 * アカウント登録: the kind, its target (a 7-digit site ID for 拠点管理者, an IP telephone number for 一般ユーザ),
 * the password — blank for 自動払出 (generated) — with its confirmation, and whether the account uses
 * two-step authentication.
 */
public record NewSettingsAccount(
    Kind kind,
    String siteId,
    String telephoneNumber,
    String password,
    String confirmation,
    boolean twoStep) {

  /** Whether the password is to be generated. */
  public boolean generatedPassword() {
    return password == null || password.isEmpty();
  }
}
