package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import jp.selfcare.cluster.ScheduleFirings;

/**
 * ご請求額お知らせメール (70-mail.md): when a month's bills become final, every active member who turned the
 * mail on and has a bill of that month is mailed the month, its amount and the due date — once. The
 * mail is queued in the transaction that writes the member's row of {@code billing_bill_notice}, so
 * a restart neither loses it (the sweep below finds the month again) nor sends it twice (the row is
 * there; and the mail's id is keyed by member and month).
 */
@Stateless
@PermitAll
public class BillNotices {

  /** Closed months this recent are swept for members not yet mailed. */
  static final Duration SWEPT = Duration.ofDays(62);

  private static final Logger LOG = Logger.getLogger(BillNotices.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private MemberMails mails;

  @EJB private ScheduleFirings firings;

  /**
   * Queues the month's mail for every member due one; how many were queued. The month must be
   * closed: an open month's bills may still change. A transaction of its own: it runs after the
   * closing's has committed.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int send(YearMonth month) {
    boolean closed =
        !em.createNativeQuery(
                "SELECT 1 FROM bill_month WHERE billing_month = ?1 AND state = 'CLOSED'")
            .setParameter(1, month.toString())
            .getResultList()
            .isEmpty();
    if (!closed) {
      return 0;
    }
    List<?> due =
        em.createNativeQuery(
                "SELECT m.id, COALESCE(m.bill_mail_address, m.contact_mail) FROM billing_member m"
                    + " WHERE m.state = 'ACTIVE' AND m.bill_mail = TRUE AND NOT EXISTS (SELECT 1"
                    + " FROM billing_bill_notice n WHERE n.member_id = m.id"
                    + " AND n.billing_month = ?1) ORDER BY m.id")
            .setParameter(1, month.toString())
            .getResultList();
    Instant now = clock.instant();
    int queued = 0;
    for (Object row : due) {
      Object[] r = (Object[]) row;
      long member = ((Number) r[0]).longValue();
      Number total =
          (Number)
              em.createNativeQuery(
                      "SELECT SUM(b.total) " + MemberBills.VISIBLE + " AND b.billing_month = ?2")
                  .setParameter(1, member)
                  .setParameter(2, month.toString())
                  .getSingleResult();
      if (total == null) {
        continue; // no bill of this member this month: nothing to tell
      }
      em.createNativeQuery(
              "INSERT INTO billing_bill_notice (member_id, billing_month, queued_at)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, member)
          .setParameter(2, month.toString())
          .setParameter(3, now)
          .executeUpdate();
      mails.billNotice(member, (String) r[1], month, total.longValue(), MemberBills.dueDate(month));
      queued++;
    }
    int count = queued;
    LOG.info(() -> "bill notification mail of " + month + ": " + count + " members");
    return queued;
  }

  /**
   * Every ten minutes, the months closed recently are sent again: whatever a crash between the
   * closing and its mails left unsent goes now, and nothing goes twice.
   */
  @Schedule(minute = "*/10", hour = "*", persistent = true, info = "bill notice sweep")
  void everyTenMinutes() {
    firings.fired("bill notice sweep");
    sweep();
  }

  /** Sends the recently closed months' mails that a crash left unsent. */
  public void sweep() {
    List<?> months =
        em.createNativeQuery(
                "SELECT billing_month FROM bill_month WHERE state = 'CLOSED' AND closed_at > ?1")
            .setParameter(1, clock.instant().minus(SWEPT))
            .getResultList();
    for (Object month : months) {
      send(YearMonth.parse(((String) month).trim()));
    }
  }
}
