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
 * Tells the owner of the old two-step address that the second step was released (2段階認証解除) or moved
 * to another address: whoever did it, the person who set it up hears of it where they can act.
 * Queued in the caller's transaction (JMS mail path), Japanese as the site's other mails. Not a
 * service: the login and account services call it after their own checks.
 */
@ApplicationScoped
class SettingsNotices {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @EJB private MailOutbox mail;

  @Inject
  @ConfigProperty(
      name = "selfcare.settings.support-url",
      defaultValue = "http://localhost:8080/portal/")
  String supportUrl;

  void twoStepReleased(SettingsAccount account, String oldAddress, Instant at) {
    send("released", account, oldAddress, at, "");
  }

  void addressChanged(SettingsAccount account, String oldAddress, String newAddress, Instant at) {
    send("addressChanged", account, oldAddress, at, masked(newAddress));
  }

  private void send(
      String kind, SettingsAccount account, String to, Instant at, String newAddress) {
    ResourceBundle text =
        ResourceBundle.getBundle("jp.selfcare.identity.settings.mail", Locale.JAPANESE);
    mail.enqueue(
        new MailMessage(
            "settings-" + kind + "-" + account.id() + "-" + at.toEpochMilli(),
            to,
            text.getString(kind + ".subject"),
            MessageFormat.format(
                text.getString(kind + ".body"),
                account.loginId(),
                WHEN.format(at),
                newAddress,
                supportUrl)));
  }

  /** The new address as the old owner may see it: first character and domain (t***@example.jp). */
  static String masked(String address) {
    int at = address.indexOf('@');
    return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
  }
}
