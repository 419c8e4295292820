package jp.selfcare.mail;

import java.util.Objects;
import java.util.UUID;

/**
 * One mail to one recipient, fully composed (subject and body already in the recipient's language).
 * The message id makes delivery idempotent: the same id is never sent twice.
 *
 * @param messageId unique per mail request; producers derive it from the business event so a
 *     retried request reuses it
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 * @param attachment one file sent with the mail, or null
 */
public record MailMessage(
    String messageId, String to, String subject, String body, Attachment attachment) {

  /** A file attached to a mail (e.g. a recorded message as WAV). */
  public record Attachment(String fileName, String contentType, byte[] data) {
    public Attachment {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(data, "data");
    }
  }

  /** A mail without attachment. */
  public MailMessage(String messageId, String to, String subject, String body) {
    this(messageId, to, subject, body, null);
  }

  /** Longest message id the delivery log stores. */
  public static final int MAX_ID_LENGTH = 100;

  public MailMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    if (messageId.isBlank() || messageId.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("message id must be 1-" + MAX_ID_LENGTH + " characters");
    }
    if (!to.matches("[^@\\s]+@[^@\\s]+")) {
      throw new IllegalArgumentException("not a mail address: " + to);
    }
  }

  /** A mail with a fresh random id, for events that happen once by nature. */
  public static MailMessage create(String to, String subject, String body) {
    return new MailMessage(UUID.randomUUID().toString(), to, subject, body);
  }
}
