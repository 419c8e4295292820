package jp.selfcare.applications;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.applications.ApplicationRefused.Problem;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.persistence.Pages;

/**
 * The operators' side of scheduled applications: the open ones by work date, arranging them,
 * completing them (which applies the change an application carries, under the same rules as when it
 * was accepted) and cancelling them.
 */
@Stateless
@RolesAllowed(AuditTrail.OPERATOR)
public class OperatorApplications {

  /** Largest page of the operators' list. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private ChangeOfNumbers numbers;

  @Inject private ApplicationSteps steps;

  /** Scheduled applications not yet done, by work date (the earliest first). */
  public List<ApplicationRow> open(int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    return em
        .createQuery(
            "select a from ContractApplication a where a.kind = :scheduled and a.state in :open"
                + " order by a.requestedDate, a.id",
            ContractApplication.class)
        .setParameter("scheduled", ApplicationKind.SCHEDULED)
        .setParameter("open", openStates())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(ApplicationRow::of)
        .toList();
  }

  public long openCount() {
    return em.createQuery(
            "select count(a) from ContractApplication a where a.kind = :scheduled"
                + " and a.state in :open",
            Long.class)
        .setParameter("scheduled", ApplicationKind.SCHEDULED)
        .setParameter("open", openStates())
        .getSingleResult();
  }

  /** 手配済: the work is arranged for the requested date. */
  public void arrange(long applicationId, String note) {
    ContractApplication application = open(applicationId);
    if (application.state() != ApplicationState.ACCEPTED) {
      throw new ApplicationRefused(EnumSet.of(Problem.NOT_OPEN));
    }
    steps.move(application, ApplicationState.ARRANGED, operator(), note);
  }

  /**
   * 完了: the work is done; a change the application carries is applied now, in this transaction.
   *
   * @throws ApplicationRefused when the change no longer fits the contract (nothing applied)
   */
  public void complete(long applicationId, String note) {
    ContractApplication application = open(applicationId);
    Change change = application.change();
    if (change != null) {
      if (application.contractId() == null) {
        throw new ApplicationRefused(EnumSet.of(Problem.UNKNOWN_NUMBER));
      }
      Set<Problem> problems = numbers.check(application.contractId(), change, false);
      if (!problems.isEmpty()) {
        throw new ApplicationRefused(problems);
      }
      numbers.apply(application.contractId(), change);
    }
    steps.move(application, ApplicationState.COMPLETED, operator(), note);
  }

  /** キャンセル by the operator (e.g. at the customer's call). */
  public void cancel(long applicationId, String note) {
    steps.move(open(applicationId), ApplicationState.CANCELLED, operator(), note);
  }

  public List<ApplicationStep> steps(long applicationId) {
    return steps.of(applicationId);
  }

  private ContractApplication open(long applicationId) {
    ContractApplication application = em.find(ContractApplication.class, applicationId);
    if (application == null
        || application.kind() != ApplicationKind.SCHEDULED
        || !application.state().open()) {
      throw new ApplicationRefused(EnumSet.of(Problem.NOT_OPEN));
    }
    return application;
  }

  private String operator() {
    return "operator:" + context.getCallerPrincipal().getName();
  }

  private static Set<ApplicationState> openStates() {
    return EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.ARRANGED);
  }
}
