package jp.selfcare.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;

/**
 * The only class that knows the mail queue on the producing side. It sends through {@code
 * java:/JmsXA}, so the message joins the caller's JTA transaction: a rolled-back change sends no
 * mail, a committed one always does.
 *
 * <p>Artemis' own duplicate detection is deliberately not used: a duplicate id inside a JTA
 * transaction fails the whole business transaction. Sending the same message id twice is instead
 * made harmless by {@link MailDelivery}'s delivery log.
 */
@Stateless
@Local(MailOutbox.class)
public class JmsMailOutbox implements MailOutbox {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  private JMSContext jms;

  @Resource(lookup = MailQueue.JNDI_NAME)
  private Queue queue;

  @Override
  public void enqueue(MailMessage mail) {
    MapMessage message = jms.createMapMessage();
    try {
      message.setString(MailQueue.ID, mail.messageId());
      message.setString(MailQueue.TO, mail.to());
      message.setString(MailQueue.SUBJECT, mail.subject());
      message.setString(MailQueue.BODY, mail.body());
      if (mail.attachment() != null) {
        message.setString(MailQueue.ATTACHMENT_NAME, mail.attachment().fileName());
        message.setString(MailQueue.ATTACHMENT_TYPE, mail.attachment().contentType());
        message.setBytes(MailQueue.ATTACHMENT_DATA, mail.attachment().data());
      }
    } catch (JMSException e) {
      throw new IllegalStateException("cannot compose the mail queue message", e);
    }
    jms.createProducer().send(queue, message);
  }
}
