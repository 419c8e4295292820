package jp.selfcare.mail;

/** JNDI names and message fields of the mail queue, shared by its producer and its consumer. */
final class MailQueue {

  /** The queue; configured with redelivery back-off and a dead-letter queue in wildfly-config. */
  static final String JNDI_NAME = "java:/jms/queue/MailQueue";

  static final String ID = "messageId";
  static final String TO = "to";
  static final String SUBJECT = "subject";
  static final String BODY = "body";
  static final String ATTACHMENT_NAME = "attachmentName";
  static final String ATTACHMENT_TYPE = "attachmentType";
  static final String ATTACHMENT_DATA = "attachmentData";

  private MailQueue() {}
}
