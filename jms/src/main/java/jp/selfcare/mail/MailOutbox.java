package jp.selfcare.mail;

/**
 * Where application services hand over mail. The mail leaves only if the caller's transaction
 * commits, and the caller never waits for SMTP.
 */
public interface MailOutbox {

  /** Queues the mail in the current transaction. */
  void enqueue(MailMessage mail);
}
