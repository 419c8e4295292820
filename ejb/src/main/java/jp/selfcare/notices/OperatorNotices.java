package jp.selfcare.notices;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.notices.NoticeRefused.Problem;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Pages;
import jp.selfcare.persistence.SqlValues;

/**
 * The operators' side of 工事・故障情報: publishing a notice (its mails go to the service's subscribed
 * addresses), and marking or clearing a contract's fault (運用状況 異常, with the fault mail to the
 * customer's subscribed addresses). The delivery rows are written in the event's transaction; the
 * mails are queued after it commits, in the background.
 */
@Stateless
@RolesAllowed(AuditTrail.OPERATOR)
public class OperatorNotices {

  /** Largest page of the operators' list. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private Clock clock;

  @EJB private NoticeDeliveries deliveries;

  /** An operator's fault marking as their list shows it. */
  public record Fault(
      long id, String contractNumber, Instant detectedAt, Instant clearedAt, String note)
      implements java.io.Serializable {}

  /**
   * Publishes a notice; every active or paused subscription of the service for its kind gets a
   * delivery row (a paused one is closed without a mail).
   *
   * @param contracts the contract numbers the notice touches (may be empty)
   * @return the notice's id
   * @throws NoticeRefused with every rule broken (nothing published)
   */
  public long publish(
      NoticeKind kind,
      ServiceType service,
      String title,
      String body,
      Instant startsAt,
      Instant endsAt,
      List<String> contracts) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (kind == null) {
      problems.add(Problem.KIND_REQUIRED);
    }
    if (service == null) {
      problems.add(Problem.SERVICE_REQUIRED);
    }
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      problems.add(Problem.TITLE_REQUIRED);
    } else if (t.length() > Notice.TITLE_MAX) {
      problems.add(Problem.TITLE_TOO_LONG);
    }
    String b = body == null ? "" : body.strip();
    if (b.isEmpty()) {
      problems.add(Problem.BODY_REQUIRED);
    } else if (b.length() > Notice.BODY_MAX) {
      problems.add(Problem.BODY_TOO_LONG);
    }
    if (startsAt == null) {
      problems.add(Problem.START_REQUIRED);
    } else if (endsAt != null && endsAt.isBefore(startsAt)) {
      problems.add(Problem.END_BEFORE_START);
    }
    List<Long> contractIds = new ArrayList<>();
    for (String number : contracts == null ? List.<String>of() : contracts) {
      if (number.isBlank()) {
        continue;
      }
      Contract c = contract(number.strip());
      if (c == null || c.service() != service) {
        problems.add(Problem.UNKNOWN_CONTRACT);
      } else {
        contractIds.add(c.id());
      }
    }
    if (!problems.isEmpty()) {
      throw new NoticeRefused(problems);
    }
    Instant now = clock.instant();
    Notice notice = new Notice(kind, service, t, b, startsAt, endsAt, operator(), now);
    em.persist(notice);
    em.flush();
    for (long contractId : contractIds) {
      em.createNativeQuery("INSERT INTO notice_contract (notice_id, contract_id) VALUES (?1, ?2)")
          .setParameter(1, notice.id())
          .setParameter(2, contractId)
          .executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO notice_delivery (event_key, subscription_id, created_at)"
                + " SELECT ?1, s.id, ?2 FROM notice_subscription s WHERE s.service = ?3"
                + " AND s.state <> 'PROVISIONAL' AND "
                + (kind == NoticeKind.MAINTENANCE ? "s.maintenance" : "s.fault"))
        .setParameter(1, "notice-" + notice.id())
        .setParameter(2, now)
        .setParameter(3, service.name())
        .executeUpdate();
    deliverAfterCommit();
    return notice.id();
  }

  /** Ends a notice's period (工事完了 / 故障回復) now. */
  public void end(long noticeId) {
    em.createNativeQuery("UPDATE notice SET ends_at = ?1 WHERE id = ?2 AND ends_at IS NULL")
        .setParameter(1, clock.instant())
        .setParameter(2, noticeId)
        .executeUpdate();
  }

  /** The latest notices of every service, newest first. */
  public List<Notice> recent(int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    return em.createQuery(
            "select n from Notice n order by n.publishedAt desc, n.id desc", Notice.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(n) from Notice n", Long.class).getSingleResult();
  }

  /**
   * 故障検知: the contract's status becomes 異常 and the customer's addresses subscribed to the
   * contract's service's fault mail get the fault-detected mail.
   *
   * @throws NoticeRefused UNKNOWN_CONTRACT, or FAULT_STATE when a fault is open already
   */
  public long markFault(String contractNumber, String note) {
    Contract c = contract(contractNumber == null ? "" : contractNumber.strip());
    if (c == null) {
      throw new NoticeRefused(EnumSet.of(Problem.UNKNOWN_CONTRACT));
    }
    if (openFault(c.id()) != null) {
      throw new NoticeRefused(EnumSet.of(Problem.FAULT_STATE));
    }
    Instant now = clock.instant();
    c.changeStatus(OperationalStatus.FAULT);
    em.createNativeQuery(
            "INSERT INTO contract_fault (contract_id, detected_at, note, marked_by)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, c.id())
        .setParameter(2, now)
        .setParameter(3, note == null || note.isBlank() ? null : note.strip())
        .setParameter(4, operator())
        .executeUpdate();
    long faultId = openFault(c.id());
    em.createNativeQuery(
            "INSERT INTO notice_delivery (event_key, subscription_id, created_at)"
                + " SELECT ?1, s.id, ?2 FROM notice_subscription s WHERE s.customer_id = ?3"
                + " AND s.service = ?4 AND s.state <> 'PROVISIONAL' AND s.fault")
        .setParameter(1, "fault-" + faultId)
        .setParameter(2, now)
        .setParameter(3, c.customer().id())
        .setParameter(4, c.service().name())
        .executeUpdate();
    deliverAfterCommit();
    return faultId;
  }

  /** 回復: the contract's status is 正常 again. */
  public void clearFault(String contractNumber) {
    Contract c = contract(contractNumber == null ? "" : contractNumber.strip());
    Long fault = c == null ? null : openFault(c.id());
    if (fault == null) {
      throw new NoticeRefused(
          EnumSet.of(c == null ? Problem.UNKNOWN_CONTRACT : Problem.FAULT_STATE));
    }
    c.changeStatus(OperationalStatus.NORMAL);
    em.createNativeQuery("UPDATE contract_fault SET cleared_at = ?1 WHERE id = ?2")
        .setParameter(1, clock.instant())
        .setParameter(2, fault)
        .executeUpdate();
  }

  /** The faults marked lately, the open ones first. */
  @SuppressWarnings("unchecked")
  public List<Fault> faults(int size) {
    Pages.require(0, size, MAX_PAGE);
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT f.id, c.contract_number, f.detected_at, f.cleared_at, f.note"
                        + " FROM contract_fault f JOIN contract c ON c.id = f.contract_id"
                        + " ORDER BY CASE WHEN f.cleared_at IS NULL THEN 0 ELSE 1 END,"
                        + " f.detected_at DESC")
                .setMaxResults(size)
                .getResultList())
        .stream()
            .map(
                r ->
                    new Fault(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        SqlValues.instant(r[2]),
                        r[3] == null ? null : SqlValues.instant(r[3]),
                        (String) r[4]))
            .toList();
  }

  private Long openFault(long contractId) {
    em.flush();
    List<?> open =
        em.createNativeQuery(
                "SELECT id FROM contract_fault WHERE contract_id = ?1 AND cleared_at IS NULL")
            .setParameter(1, contractId)
            .getResultList();
    return open.isEmpty() ? null : ((Number) open.get(0)).longValue();
  }

  private Contract contract(String number) {
    if (!number.matches("N\\d{9}")) {
      return null;
    }
    return em.createQuery("select c from Contract c where c.number = :n", Contract.class)
        .setParameter("n", new ContractNumber(number))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Queues the event's mails once its rows are committed, without the operator waiting. */
  private void deliverAfterCommit() {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              deliveries.kick();
            }
          }
        });
  }

  private String operator() {
    return "operator:" + context.getCallerPrincipal().getName();
  }
}
