package jp.selfcare.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends one queued mail through the WildFly mail session, at most once per message id.
 *
 * <p>The delivery log row is written in the same transaction as the message consumption: if SMTP
 * fails, both roll back and the broker redelivers; if the same message arrives again after a
 * committed send (a duplicate from a producer retry), the log row makes it a no-op.
 */
@Stateless
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @Resource(lookup = "java:jboss/mail/selfcare")
  private Session mailSession;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Event<MailRejected> rejections;

  /** Sends the mail unless it was sent before; throws {@link MailNotSentException} on failure. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean deliver(MailMessage mail) {
    if (alreadySent(mail.messageId())) {
      LOG.info(() -> "mail " + mail.messageId() + " was sent before; not sending again");
      return false;
    }
    recordSent(mail.messageId());
    try {
      Transport.send(compose(mail));
    } catch (MessagingException e) {
      Optional<String> refusal = permanentRefusal(e);
      if (refusal.isEmpty()) {
        throw new MailNotSentException(mail.messageId(), e);
      }
      // trying again cannot help: the log keeps the refusal and the message is consumed
      LOG.warning(() -> "mail " + mail.messageId() + " refused for good: " + refusal.get());
      recordRejected(mail.messageId(), refusal.get());
      rejections.fire(new MailRejected(mail.messageId(), mail.to(), refusal.get()));
      return false;
    }
    LOG.fine(() -> "mail " + mail.messageId() + " sent");
    return true;
  }

  /**
   * Why the mail can never be delivered, when that is so: the SMTP server refused the recipient for
   * good (the address is among the transport's invalid addresses: a 5xx reply to RCPT), or the
   * address is not one at all. Anything else (a 4xx reply, no connection) is worth another try.
   */
  static Optional<String> permanentRefusal(MessagingException e) {
    for (Exception cause = e; cause != null; ) {
      if (cause instanceof AddressException malformed) {
        return Optional.of("malformed address: " + malformed.getMessage());
      }
      if (cause instanceof SendFailedException failed
          && failed.getInvalidAddresses() != null
          && failed.getInvalidAddresses().length > 0) {
        Exception reply = failed.getNextException();
        return Optional.of(
            (reply != null && reply.getMessage() != null ? reply.getMessage() : failed.getMessage())
                .strip());
      }
      cause = cause instanceof MessagingException m ? m.getNextException() : null;
    }
    return Optional.empty();
  }

  private MimeMessage compose(MailMessage mail) throws MessagingException {
    MimeMessage message = new MimeMessage(mailSession);
    // The sender is the mail session's "from" (operator setting selfcare.mail.from).
    message.setFrom();
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.attachment() == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart file = new MimeBodyPart();
      file.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(mail.attachment().data(), mail.attachment().contentType())));
      file.setFileName(mail.attachment().fileName());
      message.setContent(new MimeMultipart(text, file));
    }
    message.setSentDate(new Date());
    message.setHeader("X-Selfcare-Message-Id", mail.messageId());
    return message;
  }

  private void recordRejected(String messageId, String reason) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE mail_delivery SET rejected = ? WHERE message_id = ?")) {
      s.setString(1, reason.length() > 500 ? reason.substring(0, 500) : reason);
      s.setString(2, messageId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the mail delivery log", e);
    }
  }

  private boolean alreadySent(String messageId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT 1 FROM mail_delivery WHERE message_id = ?")) {
      s.setString(1, messageId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the mail delivery log", e);
    }
  }

  /**
   * Inserted before the SMTP call: a concurrent second delivery of the same id blocks on the
   * primary key and then fails, so at most one of them sends.
   */
  private void recordSent(String messageId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("INSERT INTO mail_delivery (message_id, sent_at) VALUES (?, ?)")) {
      s.setString(1, messageId);
      s.setTimestamp(2, Timestamp.from(Instant.now()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the mail delivery log", e);
    }
  }
}
