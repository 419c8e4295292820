package jp.selfcare.messagebox;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;

/**
 * メッセージボックス設定完了のお知らせ (spec 70-mail.md): to each configured address after the addresses changed,
 * naming the number and that address's settings. The recipients are not portal users, so the mail
 * is Japanese. The message id (history entry + slot) makes a redelivery send it once.
 */
final class MessageBoxMails {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  private MessageBoxMails() {}

  static MailMessage settingCompleted(
      long operationId,
      String number,
      Address address,
      GuidanceType guidance,
      Instant at,
      ZoneId zone) {
    ResourceBundle text = ResourceBundle.getBundle("jp.selfcare.messagebox.mail", Locale.JAPANESE);
    return new MailMessage(
        "msgbox-" + operationId + "-" + address.slot(),
        address.address(),
        text.getString("completed.subject"),
        MessageFormat.format(
            text.getString("completed.body"),
            number,
            address.address(),
            text.getString("notify." + address.condition().name()),
            text.getString(address.attach() ? "attach.yes" : "attach.no"),
            text.getString("guidance." + guidance.name()),
            AT.withZone(zone).format(at)));
  }
}
