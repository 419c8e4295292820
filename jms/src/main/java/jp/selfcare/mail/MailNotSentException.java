package jp.selfcare.mail;

import jakarta.ejb.ApplicationException;

/**
 * SMTP refused or could not be reached. Rolls the delivery back so the broker redelivers the
 * message later; it is an expected, transient condition, not a bug.
 */
@ApplicationException(rollback = true)
public class MailNotSentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailNotSentException(String messageId, Throwable cause) {
    super("mail " + messageId + " not sent: " + cause.getMessage(), cause);
  }
}
