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
    ResourceBundle text = texts(user);
    String until = time(text, "otp.time", user, expiresAt);
    return new MailMessage(
        "portal-otp-" + user.id() + "-" + expiresAt.toEpochMilli(),
        user.loginId(),
        text.getString("otp.subject"),
        MessageFormat.format(text.getString("otp.body"), user.name(), code, until));
  }

  /** ユーザ登録受付メール or the password-reset mail: the single-use link, its expiry and the login page. */
  static MailMessage link(
      PortalUser user,
      LinkPurpose purpose,
      String url,
      Instant expiresAt,
      String loginPage,
      Instant now) {
    ResourceBundle text = texts(user);
    String key = purpose == LinkPurpose.REGISTRATION ? "registration" : "reset";
    return new MailMessage(
        "portal-" + key + "-" + user.id() + "-" + now.toEpochMilli(),
        user.loginId(),
        text.getString(key + ".subject"),
        MessageFormat.format(
            text.getString(key + ".body"),
            user.name(),
            url,
            time(text, "link.time", user, expiresAt),
            loginPage));
  }

  /**
   * 2段階認証の方法の変更: tells the user that their second step changed (by themselves or by an
   * administrator), so that a change they did not make does not go unnoticed.
   */
  static MailMessage secondStepChanged(PortalUser user, SecondStep method, String by, Instant at) {
    ResourceBundle text = texts(user);
    return new MailMessage(
        "portal-second-step-" + user.id() + "-" + at.toEpochMilli(),
        user.loginId(),
        text.getString("secondStep.subject"),
        MessageFormat.format(
            text.getString("secondStep.body"),
            user.name(),
            text.getString("secondStep." + method.name()),
            time(text, "otp.time", user, at),
            by));
  }

  private static ResourceBundle texts(PortalUser user) {
    return ResourceBundle.getBundle("jp.selfcare.identity.portal.mail", user.mailLanguage());
  }

  /** An instant in the user's time zone, in the mail's own format. */
  private static String time(ResourceBundle text, String format, PortalUser user, Instant at) {
    return DateTimeFormatter.ofPattern(text.getString(format)).withZone(user.timeZone()).format(at);
  }
}
