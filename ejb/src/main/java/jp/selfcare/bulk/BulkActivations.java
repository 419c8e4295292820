package jp.selfcare.bulk;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.Progress;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.history.UserJobs;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;

/**
 * 起動状態変更 (spec 40-bulk-and-batch.md §1): accepts 開始 or 停止 of a group in scope — the group goes to
 * 開始設定中 / 停止設定中, a settings-history entry in state running records the request, a hold on the
 * group's site, group and members keeps conflicting operations out (§11) — and starts the job that
 * applies it member by member. The page returns at once; the job ends the group's transition, the
 * hold and the entry.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkActivations {

  /** The job (JSL in the batch-jobs module). */
  public static final String JOB = UserJobs.BULK_FORWARDING_ACTIVATION;

  /** Job parameters. */
  public static final String OPERATION_ID = UserJobs.OPERATION_ID;

  public static final String GROUP_ID = "groupId";
  public static final String ACTIVATION = "activation";
  public static final String HOLD_ID = "holdId";
  public static final String LANGUAGE = "language";

  private static final SettingsFunction FUNCTION = SettingsFunction.BULK_FORWARDING;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Holds holds;

  @EJB private SettingsScope scope;

  @EJB private OperationHistory history;

  @EJB private ResultFileStore files;

  @Resource private SessionContext context;

  /** What acceptance left for the job. */
  public record Accepted(long operationId, long holdId, GroupState before)
      implements Serializable {}

  /**
   * Accepts the activation and starts its job.
   *
   * @return the settings-history entry's id
   * @throws GroupStateException in a transitional state, or 開始 of a started group (and so on)
   * @throws jp.selfcare.hold.HoldConflictException while a conflicting operation holds the group
   */
  public long request(long groupId, Activation activation, Locale language) {
    Accepted accepted =
        context.getBusinessObject(BulkActivations.class).accept(groupId, activation);
    Properties parameters = new Properties();
    parameters.setProperty(OPERATION_ID, Long.toString(accepted.operationId()));
    parameters.setProperty(GROUP_ID, Long.toString(groupId));
    parameters.setProperty(ACTIVATION, activation.name());
    parameters.setProperty(HOLD_ID, Long.toString(accepted.holdId()));
    parameters.setProperty(LANGUAGE, "en".equals(language.getLanguage()) ? "en" : "ja");
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      history.attachJob(accepted.operationId(), operator.start(JOB, parameters));
    } catch (RuntimeException e) {
      context.getBusinessObject(BulkActivations.class).revert(groupId, accepted);
      history.finish(
          accepted.operationId(), OperationState.FAILED, "job not started: " + e.getMessage());
      throw e;
    }
    return accepted.operationId();
  }

  /** The group's transition, the hold and the running entry, in one transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Accepted accept(long groupId, Activation activation) {
    BulkForwardingGroup group = em.find(BulkForwardingGroup.class, groupId);
    if (group == null) {
      throw new UnknownGroupException(groupId);
    }
    Placement site = scope.requireSite(FUNCTION, group.siteId());
    SettingsSignIn me = scope.require(FUNCTION);
    long hold =
        holds.acquire(
            OperationKind.BULK_ACTIVATION,
            new HoldTarget(group.siteId(), groupId, new HashSet<>(BulkMembers.ids(em, groupId))),
            site.customerId(),
            me.loginId(),
            Holds.BULK_JOB);
    em.lock(group, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(group);
    GroupState before = group.state();
    group.begin(activation);
    Operation entry =
        new Operation(
            activation == Activation.START
                ? OperationType.BULK_FORWARDING_START
                : OperationType.BULK_FORWARDING_STOP,
            site.customerId(),
            group.name(),
            me.loginId(),
            clock.instant());
    entry.onSite(group.siteId());
    entry.expect((int) BulkMembers.count(em, groupId));
    em.persist(entry);
    em.flush();
    em.createNativeQuery("UPDATE operation SET bulk_group_id = ?1 WHERE id = ?2")
        .setParameter(1, groupId)
        .setParameter(2, entry.id())
        .executeUpdate();
    return new Accepted(entry.id(), hold, before);
  }

  /** Undoes an acceptance whose job could not be started. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void revert(long groupId, Accepted accepted) {
    BulkForwardingGroup group = em.find(BulkForwardingGroup.class, groupId);
    if (group != null) {
      group.revert(accepted.before());
    }
    holds.release(accepted.holdId());
  }

  /** An activation of a group as its page lists it, with progress and result file. */
  public record Line(
      long operationId,
      OperationType type,
      OperationState state,
      Instant acceptedAt,
      String account,
      String message,
      JobCounts counts,
      Progress progress,
      List<ResultFile> files)
      implements Serializable {}

  /** The newest activations of a group in scope, newest first. */
  public List<Line> recent(long groupId, int limit) {
    BulkForwardingGroup group = em.find(BulkForwardingGroup.class, groupId);
    if (group == null) {
      throw new UnknownGroupException(groupId);
    }
    scope.requireSite(FUNCTION, group.siteId());
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM operation WHERE bulk_group_id = ?1"
                    + " ORDER BY accepted_at DESC, id DESC")
            .setParameter(1, groupId)
            .setMaxResults(limit)
            .getResultList();
    return ids.stream()
        .map(id -> em.find(Operation.class, id.longValue()))
        .map(
            o ->
                new Line(
                    o.id(),
                    o.type(),
                    o.state(),
                    o.acceptedAt(),
                    o.account(),
                    o.message().orElse(null),
                    o.counts().orElse(null),
                    progress(o.id()),
                    files.filesOf(o.id())))
        .toList();
  }

  /** How far the activation of a history entry is (the history screen's progress bar). */
  public Progress progress(long operationId) {
    SettingsSignIn me = scope.require(FUNCTION);
    Operation o = em.find(Operation.class, operationId);
    if (o == null || o.customerId() != me.customerId() || o.siteId().isEmpty()) {
      return new Progress(0, 0);
    }
    scope.requireSite(FUNCTION, o.siteId().get());
    return o.progress().orElse(new Progress(0, 0));
  }
}
