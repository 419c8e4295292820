package jp.selfcare.identity.portal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;

/** The identity mails of the portal, in the user's mail language and time zone. */
final class PortalMails {

  private PortalMails() {}

  /** メールワンタイムパスワード: the code and when it expires. */
  static MailMessage oneTimePassword(PortalUser user, String code, Instant expiresAt) {
    ResourceBundle text =
        ResourceBundle.getBundle("jp.selfcare.identity.portal.mail", user.mailLanguage());
    String until =
        DateTimeFormatter.ofPattern(text.getString("otp.time"))
            .withZone(user.timeZone())
            .format(expiresAt);
    return new MailMessage(
        "portal-otp-" + user.id() + "-" + expiresAt.toEpochMilli(),
        user.loginId(),
        text.getString("otp.subject"),
        MessageFormat.format(text.getString("otp.body"), user.name(), code, until));
  }
}
