package jp.selfcare.routing;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.LocalDate;

/**
 * Takes journaled nuisance rejections off the queue and has {@link RejectionCounts} add each one,
 * exactly once. The delivery is deliberately not part of the database transaction: the count
 * commits first and the message is acknowledged after, so a server killed at any moment either
 * redelivers a rejection that was not counted, or redelivers one that was and the event id skips
 * it. (Had the two shared a two-phase transaction, a kill between its phases would leave the
 * message locked in a prepared transaction until the transaction manager's periodic recovery,
 * minutes later, and the month's count short until then.) A failure is thrown and the message is
 * redelivered. One consumer session: only rejected calls pass here, and serial updates never race
 * for the month's row.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = RejectionJournal.QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      // one session: the month's row is created by the first rejection and updated serially
      // (several sessions raced to create it and rolled back into redelivery delays)
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RejectionCounter implements MessageListener {

  @EJB private RejectionCounts counts;

  @Override
  public void onMessage(Message message) {
    try {
      MapMessage m = (MapMessage) message;
      counts.add(
          m.getString(RejectionJournal.EVENT),
          m.getLong(RejectionJournal.NUMBER),
          LocalDate.parse(m.getString(RejectionJournal.MONTH)));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable rejection message", e);
    }
  }
}
