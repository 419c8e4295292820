package jp.selfcare.routing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records one nuisance rejection as a persistent message on {@value #QUEUE}: Artemis journals it
 * before the send returns, so once a call has been rejected its count survives a killed server;
 * {@link RejectionCounter} adds it to the database. No database is touched on the decision path,
 * and no transaction: the message is sent at once, whatever happens to the caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RejectionJournal {

  static final String QUEUE = "java:/jms/queue/RejectionQueue";
  static final String EVENT = "event";
  static final String NUMBER = "number";
  static final String MONTH = "month";

  @Inject
  @JMSConnectionFactory("java:/ConnectionFactory")
  private JMSContext jms;

  @Resource(lookup = QUEUE)
  private Queue queue;

  /** Journals one rejection of a call to the number, in the month it happened (customer zone). */
  public void record(long ipNumberId, LocalDate monthStart) {
    MapMessage message = jms.createMapMessage();
    try {
      message.setString(EVENT, UUID.randomUUID().toString());
      message.setLong(NUMBER, ipNumberId);
      message.setString(MONTH, monthStart.toString());
    } catch (JMSException e) {
      throw new IllegalStateException("cannot compose the rejection message", e);
    }
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
  }
}
