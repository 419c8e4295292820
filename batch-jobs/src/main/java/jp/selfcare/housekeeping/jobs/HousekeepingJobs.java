package jp.selfcare.housekeeping.jobs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.cluster.ScheduleFirings;

/**
 * Starts the housekeeping jobs: on their schedule (server time; persistent timers, which a cluster
 * fires on one node — each run is recorded in {@link ScheduleFirings}) and by hand for operators.
 * The jobs are ordinary job executions: the admin console and the CLI list them and restart a
 * failed one.
 */
@Stateless
public class HousekeepingJobs {

  /** The settings-history purge (spec 30-settings-site.md §10: kept 180 days). */
  public static final String HISTORY_PURGE = "settings-history-purge";

  /** Expired one-time URLs, codes, tickets, hand-offs and operation holds. */
  public static final String TOKEN_EXPIRY = "token-expiry";

  /** Web Billing members cancelled longer ago than the retention period. */
  public static final String MEMBER_RETENTION = "billing-member-retention";

  private static final Set<String> JOBS = Set.of(HISTORY_PURGE, TOKEN_EXPIRY, MEMBER_RETENTION);

  private static final Logger LOG = Logger.getLogger(HousekeepingJobs.class.getName());

  @EJB private ScheduleFirings firings;

  @Schedule(hour = "3", minute = "15", persistent = true, info = "settings history purge")
  @PermitAll
  void nightly() {
    startQuietly(HISTORY_PURGE);
  }

  @Schedule(hour = "3", minute = "45", persistent = true, info = "Web Billing member retention")
  @PermitAll
  void nightlyMembers() {
    startQuietly(MEMBER_RETENTION);
  }

  @Schedule(hour = "*", minute = "*/5", persistent = true, info = "token expiry")
  @PermitAll
  void everyFiveMinutes() {
    startQuietly(TOKEN_EXPIRY);
  }

  /**
   * Starts a housekeeping job now (batch operators).
   *
   * @return the job execution's id
   */
  @RolesAllowed("operator")
  public long start(String job) {
    if (!JOBS.contains(job)) {
      throw new IllegalArgumentException("not a housekeeping job: " + job);
    }
    return operator().start(job, new Properties());
  }

  private void startQuietly(String job) {
    firings.fired(job);
    try {
      operator().start(job, new Properties());
    } catch (RuntimeException e) {
      // the next tick tries again; a timer that threw would be retried at once by the container
      LOG.log(Level.WARNING, e, () -> job + " not started");
    }
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
