package jp.selfcare.identity.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import jp.selfcare.identity.OneTimeCode;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.Validity;

/**
 * Issues a settings site one-time password: a fresh 6-digit code replaces the account's previous
 * one (stored hashed, 30 minutes) and goes out through the JMS mail path in the caller's
 * transaction. Not a service: only the login and account services, after their own checks, use it.
 */
@ApplicationScoped
class SettingsCodes {

  @Inject private SettingsMails mails;

  @Inject private Validity validity;

  /** The first code of a login attempt (or of an address change). */
  void send(SettingsAccount account, String address, Instant now) {
    String code = OneTimeSecrets.newCode();
    account.sendCode(OneTimeCode.issue(code, now, validity.settingsCode()));
    enqueue(account, address, code, now);
  }

  /** "Send again": a new code that keeps the attempt's wrong entries and counts the sends. */
  void resend(SettingsAccount account, String address, Instant now) {
    String code = OneTimeSecrets.newCode();
    account.sendCode(
        account
            .code()
            .map(c -> c.resent(code, now, validity.settingsCode()))
            .orElseGet(() -> OneTimeCode.issue(code, now, validity.settingsCode())));
    enqueue(account, address, code, now);
  }

  private void enqueue(SettingsAccount account, String address, String code, Instant now) {
    mails.oneTimePassword(
        account,
        address,
        code,
        now.plus(validity.settingsCode()),
        validity.settingsCode().toMinutes());
  }
}
