package jp.selfcare.identity.settings;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;

/**
 * The Web Settings Site's one-time password mail (カスタマーコントロール/Web設定変更サイトワンタイムパスワード通知). Settings
 * accounts have no mail language of their own, so it is Japanese (spec 70-mail.md).
 */
final class SettingsMails {

  private SettingsMails() {}

  static MailMessage oneTimePassword(
      SettingsAccount account,
      String address,
      String code,
      Instant expiresAt,
      long validMinutes,
      String support) {
    ResourceBundle text =
        ResourceBundle.getBundle("jp.selfcare.identity.settings.mail", Locale.JAPANESE);
    return new MailMessage(
        "settings-otp-" + account.id() + "-" + expiresAt.toEpochMilli(),
        address,
        text.getString("otp.subject"),
        MessageFormat.format(
            text.getString("otp.body"), code, support, Long.toString(validMinutes)));
  }
}
