package jp.selfcare.history;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the settings history for {@value #KEPT_DAYS} days (spec 30-settings-site.md §10): every
 * night at 03:15 server time the finished entries accepted before then are deleted, with their
 * result files (ON DELETE CASCADE); running ones stay whatever their age. Operators may run it by
 * hand ({@link #purgeNow}).
 */
@Stateless
public class HistoryPurge {

  /** Entries are kept this many days. */
  public static final int KEPT_DAYS = 180;

  private static final Logger LOG = Logger.getLogger(HistoryPurge.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Schedule(hour = "3", minute = "15", persistent = false, info = "settings history purge")
  @PermitAll
  void nightly() {
    purge();
  }

  /** Runs the purge now; the number of entries deleted. */
  @RolesAllowed("operator")
  public int purgeNow() {
    return purge();
  }

  private int purge() {
    Instant cutoff = clock.instant().minus(Duration.ofDays(KEPT_DAYS));
    int deleted =
        em.createNativeQuery("DELETE FROM operation WHERE accepted_at < ?1 AND state <> 'RUNNING'")
            .setParameter(1, cutoff)
            .executeUpdate();
    LOG.info(() -> "settings history purge: " + deleted + " entries accepted before " + cutoff);
    return deleted;
  }
}
