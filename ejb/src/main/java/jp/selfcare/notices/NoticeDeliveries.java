package jp.selfcare.notices;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;
import jp.selfcare.cluster.ScheduleFirings;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.SqlValues;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the delivery rows of notices and faults into queued mails: right after an event (so a
 * publishing operator never waits for thousands of mails) and every minute (for addresses whose
 * delivery hours have just opened). Each batch is its own transaction, in which a row's mail is
 * queued and the row marked done together: a crash leaves the row to the next run, and a done row
 * is never queued again. Rows of paused or removed addresses are closed without a mail.
 */
@Stateless
@PermitAll
public class NoticeDeliveries {

  private static final Logger LOG = Logger.getLogger(NoticeDeliveries.class.getName());

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** Rows per transaction. */
  static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private MailOutbox mail;

  @EJB private NoticeDeliveries self;

  @EJB private ScheduleFirings firings;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  private String siteUrl;

  /** Starts a run in the background (after an event's rows committed). */
  @Asynchronous
  public void kick() {
    run();
  }

  @Schedule(minute = "*", hour = "*", persistent = true, info = "notice mail")
  void everyMinute() {
    firings.fired("notice mail");
    run();
  }

  /**
   * Works through the pending rows, batch by batch, until a batch queues nothing new.
   *
   * @return how many mails were queued
   */
  public int run() {
    int queued = 0;
    long after = 0;
    while (true) {
      long[] batch = self.batch(after);
      queued += (int) batch[0];
      if (batch[1] < 0) {
        break;
      }
      after = batch[1];
    }
    if (queued > 0) {
      int total = queued;
      LOG.info(() -> total + " notice mails queued");
    }
    return queued;
  }

  /**
   * One batch of pending rows after the given subscription id order position.
   *
   * @return mails queued, and the last row's position (−1 when there were no more rows)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @SuppressWarnings("unchecked")
  public long[] batch(long afterPosition) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.event_key, d.subscription_id, d.created_at, s.state"
                    + " FROM notice_delivery d JOIN notice_subscription s ON s.id = d.subscription_id"
                    + " WHERE d.done_at IS NULL AND d.subscription_id > ?1"
                    + " ORDER BY d.subscription_id, d.event_key")
            .setParameter(1, afterPosition)
            .setMaxResults(BATCH)
            .getResultList();
    if (rows.isEmpty()) {
      return new long[] {0, -1};
    }
    Instant now = clock.instant();
    ZonedDateTime japan = now.atZone(JAPAN);
    long queued = 0;
    long last = 0;
    for (Object[] r : rows) {
      String event = (String) r[0];
      long subscriptionId = ((Number) r[1]).longValue();
      last = subscriptionId;
      NoticeSubscription s = em.find(NoticeSubscription.class, subscriptionId);
      if (s.state() == SubscriptionState.PROVISIONAL) {
        continue;
      }
      if (s.state() == SubscriptionState.PAUSED) {
        done(event, subscriptionId, now, "SKIPPED");
        continue;
      }
      if (!s.window().isOpen(japan)) {
        continue;
      }
      MailMessage message = compose(event, s);
      // the row is claimed first: a run beside this one finds it done and queues nothing
      if (done(event, subscriptionId, now, message == null ? "SKIPPED" : "QUEUED")
          && message != null) {
        mail.enqueue(message);
        queued++;
      }
    }
    // a full batch's last subscription may have more rows: they wait for the next run
    return new long[] {queued, rows.size() < BATCH ? -1 : last};
  }

  /** Marks a pending row done; false when another run did it first. */
  private boolean done(String event, long subscriptionId, Instant now, String outcome) {
    return em.createNativeQuery(
                "UPDATE notice_delivery SET done_at = ?1, outcome = ?2"
                    + " WHERE event_key = ?3 AND subscription_id = ?4 AND done_at IS NULL")
            .setParameter(1, now)
            .setParameter(2, outcome)
            .setParameter(3, event)
            .setParameter(4, subscriptionId)
            .executeUpdate()
        == 1;
  }

  private MailMessage compose(String event, NoticeSubscription s) {
    long id = Long.parseLong(event.substring(event.indexOf('-') + 1));
    if (event.startsWith("notice-")) {
      Notice n = em.find(Notice.class, id);
      return n == null
          ? null
          : NoticeMails.notice(
              s,
              n.id(),
              n.kind(),
              name(n.service()),
              n.title(),
              n.body(),
              n.startsAt(),
              n.endsAt(),
              siteUrl + "/portal/notices.xhtml");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> fault =
        em.createNativeQuery(
                "SELECT c.contract_number, s.name, f.detected_at FROM contract_fault f"
                    + " JOIN contract c ON c.id = f.contract_id LEFT JOIN site s ON s.id = c.site_id"
                    + " WHERE f.id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (fault.isEmpty()) {
      return null;
    }
    Object[] f = fault.get(0);
    return NoticeMails.faultDetected(
        s,
        id,
        (String) f[0],
        (String) f[1],
        SqlValues.instant(f[2]),
        siteUrl + "/portal/contracts.xhtml");
  }

  private static String name(ServiceType service) {
    return service.names().get(0);
  }
}
