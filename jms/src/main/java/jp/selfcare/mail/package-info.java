/**
 * The mail path every mail of the platform takes: a {@link jp.selfcare.mail.MailOutbox} port that
 * puts a {@link jp.selfcare.mail.MailMessage} on the mail queue in the caller's transaction, and
 * the {@link jp.selfcare.mail.MailConsumer} MDB that sends it through the WildFly mail session.
 * SMTP failures roll the delivery back so Artemis redelivers with back-off and finally moves the
 * message to the dead-letter queue; a delivery log keyed by message id stops a second send.
 */
package jp.selfcare.mail;
