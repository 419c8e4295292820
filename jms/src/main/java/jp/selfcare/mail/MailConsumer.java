package jp.selfcare.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes mails off the mail queue and hands them to {@link MailDelivery}. A failed send rolls the
 * transaction back; the broker's address settings (redelivery delay, back-off, maximum attempts)
 * decide when to try again and when to give up to the dead-letter queue, where operators see and
 * replay it.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = MailQueue.JNDI_NAME),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class MailConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(MailConsumer.class.getName());

  @EJB private MailDelivery delivery;

  @Resource private MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    MailMessage mail;
    try {
      MapMessage map = (MapMessage) message;
      MailMessage.Attachment attachment =
          map.itemExists(MailQueue.ATTACHMENT_DATA)
              ? new MailMessage.Attachment(
                  map.getString(MailQueue.ATTACHMENT_NAME),
                  map.getString(MailQueue.ATTACHMENT_TYPE),
                  map.getBytes(MailQueue.ATTACHMENT_DATA))
              : null;
      mail =
          new MailMessage(
              map.getString(MailQueue.ID),
              map.getString(MailQueue.TO),
              map.getString(MailQueue.SUBJECT),
              map.getString(MailQueue.BODY),
              attachment);
    } catch (JMSException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException e) {
      // A message that can never become a mail is poison: let it go to the dead-letter queue.
      LOG.log(Level.SEVERE, "unreadable mail queue message; rolling back towards the DLQ", e);
      context.setRollbackOnly();
      return;
    }
    try {
      delivery.deliver(mail);
    } catch (MailNotSentException e) {
      LOG.warning(() -> e.getMessage() + " (will be redelivered)");
      context.setRollbackOnly();
    }
  }
}
