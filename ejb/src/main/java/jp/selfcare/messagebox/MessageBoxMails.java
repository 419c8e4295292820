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
public final class MessageBoxMails {

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

  /**
   * The notification of a recorded message (<caller>から留守録あり): when, who, to which number, how long,
   * how many of 20 are kept, the message id, and the WAV when the address wants it.
   */
  public static MailMessage recorded(
      RecordedMessage m, String number, Address address, int kept, byte[] wav, ZoneId zone) {
    ResourceBundle text = ResourceBundle.getBundle("jp.selfcare.messagebox.mail", Locale.JAPANESE);
    String caller = callerText(text, m.caller());
    return new MailMessage(
        "msgrec-" + m.id() + "-" + address.slot(),
        address.address(),
        MessageFormat.format(text.getString("recorded.subject"), caller),
        MessageFormat.format(
            text.getString("recorded.body"),
            AT.withZone(zone).format(m.recordedAt()),
            caller,
            number,
            Integer.toString(m.lengthSeconds()),
            Integer.toString(kept),
            Integer.toString(RecordedMessage.KEPT),
            m.messageCode()),
        address.attach() && wav != null
            ? new MailMessage.Attachment(m.messageCode() + ".wav", "audio/wav", wav)
            : null);
  }

  /** The notification of an incoming call (<caller>から着信あり). */
  public static MailMessage incoming(
      String eventId, String number, String caller, Instant at, Address address, ZoneId zone) {
    ResourceBundle text = ResourceBundle.getBundle("jp.selfcare.messagebox.mail", Locale.JAPANESE);
    String from = callerText(text, caller);
    return new MailMessage(
        "call-" + eventId + "-" + address.slot(),
        address.address(),
        MessageFormat.format(text.getString("incoming.subject"), from),
        MessageFormat.format(
            text.getString("incoming.body"), AT.withZone(zone).format(at), from, number));
  }

  private static String callerText(ResourceBundle text, String caller) {
    return caller == null || caller.isBlank() || !caller.chars().allMatch(Character::isDigit)
        ? text.getString("caller.hidden")
        : caller;
  }
}
