package jp.selfcare.notices;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;

/** The mails of notices and subscriptions, in the subscription's language, times in Japan time. */
final class NoticeMails {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private NoticeMails() {}

  /** 仮登録: the link that confirms the address, valid until {@code expiresAt}. */
  static MailMessage provisional(
      NoticeSubscription s, String url, Instant expiresAt, String serviceName) {
    ResourceBundle text = texts(s.mailLanguage());
    return new MailMessage(
        "notice-subscription-" + s.id() + "-" + expiresAt.toEpochMilli(),
        s.address(),
        text.getString("provisional.subject"),
        MessageFormat.format(
            text.getString("provisional.body"), serviceName, url, time(text, expiresAt)));
  }

  /** 工事情報 / 故障情報: the notice itself. */
  static MailMessage notice(
      NoticeSubscription s,
      long noticeId,
      NoticeKind kind,
      String serviceName,
      String title,
      String body,
      Instant startsAt,
      Instant endsAt,
      String url) {
    ResourceBundle text = texts(s.mailLanguage());
    String kindName = text.getString("kind." + kind.name());
    return new MailMessage(
        "notice-" + noticeId + "-" + s.id(),
        s.address(),
        MessageFormat.format(text.getString("notice.subject"), kindName, serviceName, title),
        MessageFormat.format(
            text.getString("notice.body"),
            kindName,
            serviceName,
            title,
            time(text, startsAt),
            endsAt == null ? text.getString("notice.open") : time(text, endsAt),
            body,
            url));
  }

  /** 故障検知: a contract's status became 異常. */
  static MailMessage faultDetected(
      NoticeSubscription s,
      long faultId,
      String contractNumber,
      String site,
      Instant at,
      String url) {
    ResourceBundle text = texts(s.mailLanguage());
    return new MailMessage(
        "fault-" + faultId + "-" + s.id(),
        s.address(),
        MessageFormat.format(text.getString("fault.subject"), contractNumber),
        MessageFormat.format(
            text.getString("fault.body"),
            contractNumber,
            site == null ? "-" : site,
            time(text, at),
            url));
  }

  private static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle("jp.selfcare.notices.mail", language);
  }

  private static String time(ResourceBundle text, Instant at) {
    return DateTimeFormatter.ofPattern(text.getString("time")).withZone(JAPAN).format(at);
  }
}
