package jp.selfcare.mail;

/** JNDI names and message fields of the mail queue, shared by its producer and its consumer. */
final class MailQueue {

  /** The queue; configured with redelivery back-off and a dead-letter queue in wildfly-config. */
  static final String JNDI_NAME = "java:/jms/queue/MailQueue";

  /** Artemis drops a second message with the same duplicate id that reaches the broker. */
  static final String DUPLICATE_ID_PROPERTY = "_AMQ_DUPL_ID";

  static final String ID = "messageId";
  static final String TO = "to";
  static final String SUBJECT = "subject";
  static final String BODY = "body";

  private MailQueue() {}
}
