package jp.selfcare.identity.settings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Web Settings Site's login mails, queued in the caller's transaction (JMS mail path): the
 * one-time password (カスタマーコントロール/Web設定変更サイトワンタイムパスワード通知), and the notices to the owner of the old
 * two-step address that the second step was released (2段階認証解除) or moved to another address —
 * whoever did it, the person who set it up hears of it where they can act. Settings accounts have
 * no mail language of their own, so the mails are Japanese (spec 70-mail.md). Not a service: the
 * login and account services call it after their own checks.
 */
@ApplicationScoped
class SettingsMails {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @EJB private MailOutbox mail;

  /** Where the mails send a user who needs help (operator setting). */
  @Inject
  @ConfigProperty(
      name = "selfcare.settings.support-url",
      defaultValue = "http://localhost:8080/portal/")
  String supportUrl;

  void oneTimePassword(
      SettingsAccount account, String address, String code, Instant expiresAt, long validMinutes) {
    mail.enqueue(
        new MailMessage(
            "settings-otp-" + account.id() + "-" + expiresAt.toEpochMilli(),
            address,
            text().getString("otp.subject"),
            MessageFormat.format(
                text().getString("otp.body"), code, supportUrl, Long.toString(validMinutes))));
  }

  void twoStepReleased(SettingsAccount account, String oldAddress, Instant at) {
    notice("released", account, oldAddress, at, "");
  }

  void addressChanged(SettingsAccount account, String oldAddress, String newAddress, Instant at) {
    notice("addressChanged", account, oldAddress, at, masked(newAddress));
  }

  private void notice(
      String kind, SettingsAccount account, String to, Instant at, String newAddress) {
    mail.enqueue(
        new MailMessage(
            "settings-" + kind + "-" + account.id() + "-" + at.toEpochMilli(),
            to,
            text().getString(kind + ".subject"),
            MessageFormat.format(
                text().getString(kind + ".body"),
                account.loginId(),
                WHEN.format(at),
                newAddress,
                supportUrl)));
  }

  private static ResourceBundle text() {
    return ResourceBundle.getBundle("jp.selfcare.identity.settings.mail", Locale.JAPANESE);
  }

  /** The new address as the old owner may see it: first character and domain (t***@example.jp). */
  static String masked(String address) {
    int at = address.indexOf('@');
    return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
  }
}
