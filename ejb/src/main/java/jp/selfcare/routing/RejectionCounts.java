package jp.selfcare.routing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Adds one journaled rejection to {@code nuisance_rejection_count} in its own transaction. The
 * event id is inserted with the increment, so the same rejection delivered twice (the server died
 * after this commit and before the queue heard of it) is recognised and counted once.
 */
@Stateless
public class RejectionCounts {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Counts the rejection unless its event was counted before; commits before returning. */
  public void add(String event, long ipNumberId, LocalDate monthStart) {
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
            .setParameter(1, ipNumberId)
            .setParameter(2, monthStart)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO nuisance_rejection_count (ip_number_id, month_start, rejections)"
                  + " VALUES (?1, ?2, 1)")
          .setParameter(1, ipNumberId)
          .setParameter(2, monthStart)
          .executeUpdate();
    }
  }
}
