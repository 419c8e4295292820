package jp.selfcare.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The record of every scheduled run ({@code schedule_firing}): which schedule fired, on which node,
 * when. Scheduled work runs on persistent EJB timers, which a WildFly cluster fires on one node
 * only (the HA profile's distributable timer service); this record shows operators where each run
 * went and lets the cluster tests prove it ran once. Written in a transaction of its own, first
 * thing in each run, so a run that fails is recorded too. Kept {@value #KEPT_DAYS} days.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleFirings {

  static final int KEPT_DAYS = 7;

  @PersistenceContext private EntityManager em;

  /** Records that {@code schedule} fires now on this node. */
  public void fired(String schedule) {
    Instant now = Instant.now();
    em.createNativeQuery(
            "INSERT INTO schedule_firing (schedule, node, fired_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, schedule)
        .setParameter(2, ThisNode.NAME)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM schedule_firing WHERE schedule = ?1 AND fired_at < ?2")
        .setParameter(1, schedule)
        .setParameter(2, Timestamp.from(now.minus(Duration.ofDays(KEPT_DAYS))))
        .executeUpdate();
  }
}
