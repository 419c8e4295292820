package jp.selfcare.applications;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.applications.ApplicationRefused.Problem;
import jp.selfcare.calendar.BusinessCalendar;
import jp.selfcare.calendar.BusinessDays;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.permission.Access;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Pages;

/**
 * A portal user's contract applications: applying takes 参照・編集 on the contract; the progress list
 * shows the applications of the contracts the user may read.
 */
@Stateless
public class ContractApplications {

  /** The operator's business days and hours are Japan's, whoever applies. */
  public static final ZoneId OPERATOR_ZONE = ZoneId.of("Asia/Tokyo");

  /** Add-ons an immediate application may add. */
  public static final Set<AddOn> IMMEDIATE_ADD = ApplicationRules.IMMEDIATE_ADD;

  /** Add-ons an immediate application may remove. */
  public static final Set<AddOn> IMMEDIATE_REMOVE = ApplicationRules.IMMEDIATE_REMOVE;

  /** Largest page of the progress list. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Clock clock;

  @EJB private PortalAccess access;

  @EJB private BusinessCalendar calendar;

  @Inject private ChangeOfNumbers numbers;

  @Inject private ApplicationSteps steps;

  /**
   * 即時開通: checks the change against every rule and applies it at once; the settings site and the
   * routing cache show it after commit.
   *
   * @return the application's id
   * @throws NotAllowedException without 参照・編集 on the contract
   * @throws ApplicationRefused with every rule the change breaks (nothing applied or recorded)
   */
  public long applyImmediately(long contractId, Change change) {
    Contract contract = editable(contractId);
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (change == null || change.action() == null) {
      throw new ApplicationRefused(EnumSet.of(Problem.CHANGE_INCOMPLETE));
    }
    problems.addAll(numbers.check(contractId, change, true));
    if (scheduledWorkBlocks(contractId)) {
      problems.add(Problem.SCHEDULED_WORK_PENDING);
    }
    if (!problems.isEmpty()) {
      throw new ApplicationRefused(problems);
    }
    numbers.apply(contractId, change);
    ContractApplication application =
        record(contract, ApplicationKind.IMMEDIATE, change.work(), change, null, null);
    steps.move(application, ApplicationState.COMPLETED, application.appliedBy(), null);
    return application.id();
  }

  /**
   * 工事日指定: records the application for the requested business day; operators arrange and complete
   * it (completing applies a {@link Change}, when it carries one).
   *
   * @param change the change of a structured work (add-ons, dial-ins), null for other work
   * @return the application's id
   * @throws NotAllowedException without 参照・編集 on the contract
   * @throws ApplicationRefused with every rule the application breaks (nothing recorded)
   */
  public long applyScheduled(
      long contractId, Work work, LocalDate workDate, String detail, Change change) {
    Contract contract = editable(contractId);
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (work == null || (work.structured() && (change == null || change.work() != work))) {
      problems.add(Problem.CHANGE_INCOMPLETE);
    } else {
      problems.addAll(ApplicationRules.detail(work, detail));
      if (work.structured()) {
        problems.addAll(numbers.check(contractId, change, false));
      }
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OPERATOR_ZONE);
    problems.addAll(ApplicationRules.workDate(workDate, now, calendar.around(now.toLocalDate())));
    if (workDate != null && openOn(contractId, workDate)) {
      problems.add(Problem.SAME_DATE_PENDING);
    }
    if (!problems.isEmpty()) {
      throw new ApplicationRefused(problems);
    }
    ContractApplication application =
        record(
            contract,
            ApplicationKind.SCHEDULED,
            work,
            work.structured() ? change : null,
            detail,
            workDate);
    steps.move(application, ApplicationState.ACCEPTED, application.appliedBy(), null);
    return application.id();
  }

  /** The first work date a scheduled application may ask for, now. */
  public LocalDate earliestWorkDate() {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OPERATOR_ZONE);
    return ApplicationRules.earliestWorkDate(now, calendar.around(now.toLocalDate()));
  }

  /** The business days around today, for a date picker to offer only those. */
  public BusinessDays businessDays() {
    return calendar.around(LocalDate.ofInstant(clock.instant(), OPERATOR_ZONE));
  }

  /**
   * Cancels a scheduled application that is not done yet (the user needs 参照・編集 on its contract).
   *
   * @throws ApplicationRefused with {@link Problem#NOT_OPEN} when it is done or cancelled
   */
  public void cancel(long applicationId) {
    ContractApplication application = em.find(ContractApplication.class, applicationId);
    PortalSignIn me = caller.requirePortal();
    if (application == null
        || application.customerId() != me.customerId()
        || application.contractId() == null
        || !access.accessTo(application.contractId()).canEdit()) {
      throw new NotAllowedException("application " + applicationId);
    }
    if (application.kind() != ApplicationKind.SCHEDULED || !application.state().open()) {
      throw new ApplicationRefused(EnumSet.of(Problem.NOT_OPEN));
    }
    steps.move(application, ApplicationState.CANCELLED, me.loginId(), null);
  }

  /** One page of the applications of the contracts the user may read, newest first. */
  public List<ApplicationRow> progress(ServiceType service, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    return query(service, ContractApplication.class, "select a")
        .map(
            q ->
                q.setFirstResult(first).setMaxResults(size).getResultList().stream()
                    .map(ApplicationRow::of)
                    .toList())
        .orElse(List.of());
  }

  public long progressCount(ServiceType service) {
    return query(service, Long.class, "select count(a)")
        .map(TypedQuery::getSingleResult)
        .orElse(0L);
  }

  /** The steps of an application the user may read; empty otherwise. */
  public List<ApplicationStep> steps(long applicationId) {
    ContractApplication application = em.find(ContractApplication.class, applicationId);
    PortalSignIn me = caller.requirePortal();
    if (application == null
        || application.customerId() != me.customerId()
        || (application.contractId() != null
            && !access.accessTo(application.contractId()).canRead())) {
      return List.of();
    }
    return steps.of(applicationId);
  }

  private <T> Optional<TypedQuery<T>> query(ServiceType service, Class<T> type, String select) {
    PortalSignIn me = caller.requirePortal();
    StringBuilder jpql =
        new StringBuilder(
            select
                + " from ContractApplication a where a.customerId = :customer"
                + (service == null
                    ? ""
                    : " and a.contractId in (select c.id from Contract c where c.service = :service)"));
    Map<Long, Access> readable = null;
    if (!me.administrator()) {
      readable = access.readableContracts();
      if (readable.isEmpty()) {
        return Optional.empty();
      }
      jpql.append(" and a.contractId in :readable");
    }
    if (type == ContractApplication.class) {
      jpql.append(" order by a.appliedAt desc, a.id desc");
    }
    TypedQuery<T> query =
        em.createQuery(jpql.toString(), type).setParameter("customer", me.customerId());
    if (service != null) {
      query.setParameter("service", service);
    }
    if (readable != null) {
      query.setParameter("readable", readable.keySet());
    }
    return Optional.of(query);
  }

  private Contract editable(long contractId) {
    if (!access.accessTo(contractId).canEdit()) {
      throw new NotAllowedException("applications for contract " + contractId);
    }
    return em.find(Contract.class, contractId);
  }

  private ContractApplication record(
      Contract contract,
      ApplicationKind kind,
      Work work,
      Change change,
      String detail,
      LocalDate workDate) {
    ContractApplication application =
        new ContractApplication(
            contract.customer().id(),
            contract.id(),
            contract.number().value(),
            kind,
            work,
            change,
            detail,
            workDate,
            caller.requirePortal().loginId(),
            clock.instant());
    em.persist(application);
    return application;
  }

  /** Whether a scheduled application of the line stops immediate ones today. */
  private boolean scheduledWorkBlocks(long contractId) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), OPERATOR_ZONE);
    BusinessDays days = calendar.around(today);
    return em.createQuery(
            "select a from ContractApplication a where a.contractId = :c and a.kind = :scheduled"
                + " and (a.state in :open or a.completedAt >= :since)",
            ContractApplication.class)
        .setParameter("c", contractId)
        .setParameter("scheduled", ApplicationKind.SCHEDULED)
        .setParameter("open", EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.ARRANGED))
        // two business days never span more than a month, holidays included
        .setParameter("since", clock.instant().minus(Duration.ofDays(31)))
        .getResultStream()
        .anyMatch(
            a ->
                ApplicationRules.blocksImmediate(
                    a.state(),
                    a.completedAt() == null
                        ? null
                        : LocalDate.ofInstant(a.completedAt(), OPERATOR_ZONE),
                    today,
                    days));
  }

  private boolean openOn(long contractId, LocalDate workDate) {
    return em.createQuery(
                "select count(a) from ContractApplication a where a.contractId = :c"
                    + " and a.kind = :scheduled and a.requestedDate = :d and a.state in :open",
                Long.class)
            .setParameter("c", contractId)
            .setParameter("scheduled", ApplicationKind.SCHEDULED)
            .setParameter("d", workDate)
            .setParameter("open", EnumSet.of(ApplicationState.ACCEPTED, ApplicationState.ARRANGED))
            .getSingleResult()
        > 0;
  }
}
