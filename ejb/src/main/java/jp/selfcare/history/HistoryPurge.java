package jp.selfcare.history;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the settings history for {@value #KEPT_DAYS} days (spec 30-settings-site.md §10): the
 * finished entries accepted before then are deleted, with their result files (ON DELETE CASCADE);
 * running ones stay whatever their age. The ids of counted nuisance rejections go after {@value
 * #REJECTION_IDS_KEPT_DAYS} days. Run by the {@code settings-history-purge} job (nightly, or
 * started by an operator; batch-jobs module, {@code jp.selfcare.housekeeping.jobs}).
 */
@Stateless
public class HistoryPurge {

  /** Entries are kept this many days. */
  public static final int KEPT_DAYS = 180;

  /**
   * The ids of counted nuisance rejections are kept this long: the screen shows this month's and
   * last month's counts, and a redelivered rejection message arrives within minutes, never months.
   */
  public static final int REJECTION_IDS_KEPT_DAYS = 62;

  private static final Logger LOG = Logger.getLogger(HistoryPurge.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** Runs the purge now (the job's step); the number of entries deleted. */
  @PermitAll
  public int purge() {
    Instant cutoff = clock.instant().minus(Duration.ofDays(KEPT_DAYS));
    int deleted =
        em.createNativeQuery("DELETE FROM operation WHERE accepted_at < ?1 AND state <> 'RUNNING'")
            .setParameter(1, cutoff)
            .executeUpdate();
    LOG.info(() -> "settings history purge: " + deleted + " entries accepted before " + cutoff);
    Instant lastMonths = clock.instant().minus(Duration.ofDays(REJECTION_IDS_KEPT_DAYS));
    int ids =
        em.createNativeQuery("DELETE FROM nuisance_rejection_event WHERE counted_at < ?1")
            .setParameter(1, lastMonths)
            .executeUpdate();
    LOG.info(
        () -> "settings history purge: " + ids + " counted rejection ids before " + lastMonths);
    return deleted;
  }
}
