package jp.selfcare.routing;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Adds journaled nuisance rejections to {@code nuisance_rejection_count}, exactly once each: the
 * event id is inserted in the same transaction as the increment, so a message redelivered after a
 * crash between commit and acknowledgement is recognised and skipped; a failed transaction is
 * redelivered and retried. One consumer session: only rejected calls pass here, and serial updates
 * never race for the month's row.
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
public class RejectionCounter implements MessageListener {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Override
  public void onMessage(Message message) {
    try {
      MapMessage m = (MapMessage) message;
      String event = m.getString(RejectionJournal.EVENT);
      long number = m.getLong(RejectionJournal.NUMBER);
      LocalDate month = LocalDate.parse(m.getString(RejectionJournal.MONTH));
      boolean seen =
          ((Number)
                      em.createNativeQuery(
                              "SELECT COUNT(*) FROM nuisance_rejection_event WHERE event_id = ?1")
                          .setParameter(1, event)
                          .getSingleResult())
                  .longValue()
              > 0;
      if (seen) {
        return;
      }
      em.createNativeQuery(
              "INSERT INTO nuisance_rejection_event (event_id, counted_at) VALUES (?1, ?2)")
          .setParameter(1, event)
          .setParameter(2, clock.instant())
          .executeUpdate();
      int updated =
          em.createNativeQuery(
                  "UPDATE nuisance_rejection_count SET rejections = rejections + 1"
                      + " WHERE ip_number_id = ?1 AND month_start = ?2")
              .setParameter(1, number)
              .setParameter(2, month)
              .executeUpdate();
      if (updated == 0) {
        em.createNativeQuery(
                "INSERT INTO nuisance_rejection_count (ip_number_id, month_start, rejections)"
                    + " VALUES (?1, ?2, 1)")
            .setParameter(1, number)
            .setParameter(2, month)
            .executeUpdate();
      }
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable rejection message", e);
    }
  }
}
