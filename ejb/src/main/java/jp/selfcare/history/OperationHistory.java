package jp.selfcare.history;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.selfcare.hold.Holds;

/**
 * Records operations and their outcome. Opening and finishing commit on their own, so that a job
 * started right after {@link #open} finds its entry, and a failing job still leaves its state.
 */
@Stateless
public class OperationHistory {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Holds holds;

  /** Records an accepted operation in state running; returns its id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long open(OperationType type, long customerId, String target, String account) {
    Operation operation = new Operation(type, customerId, target, account, clock.instant());
    em.persist(operation);
    em.flush();
    return operation.id();
  }

  /**
   * Records an accepted job that will do {@code rows} rows (progress bar) in state running, in the
   * caller's transaction: the job's service takes its holds in the same one, so a refused operation
   * leaves no entry.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long record(OperationType type, long customerId, String target, String account, int rows) {
    Operation operation = new Operation(type, customerId, target, account, clock.instant());
    operation.expect(rows);
    em.persist(operation);
    em.flush();
    return operation.id();
  }

  /**
   * Links the operation to the batch job execution doing its work. Written without the version
   * check: the job, started a moment before, may have recorded its progress or outcome already, and
   * the link changes nothing the job writes.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void attachJob(long operationId, long executionId) {
    em.createQuery("update Operation o set o.jobExecutionId = :execution where o.id = :id")
        .setParameter("execution", executionId)
        .setParameter("id", operationId)
        .executeUpdate();
  }

  /**
   * Records the outcome, with an error description for a failure; the holds the operation took for
   * its entry (a bulk upload's or download's) are given back in the same transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long operationId, OperationState outcome, String detail) {
    find(operationId).finish(outcome, clock.instant(), detail);
    holds.releaseEntry(operationId);
  }

  /** A job completed: its counts, and its holds given back (like {@link #finish}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void complete(long operationId, JobCounts counts) {
    Operation operation = find(operationId);
    operation.finish(OperationState.COMPLETED, clock.instant(), null);
    operation.count(counts);
    holds.releaseEntry(operationId);
  }

  public Optional<Operation> byId(long operationId) {
    return Optional.ofNullable(em.find(Operation.class, operationId));
  }

  /** The newest operations of a type about one target of a customer. */
  public List<Operation> recent(long customerId, OperationType type, String target, int limit) {
    return em.createQuery(
            "select o from Operation o where o.customerId = :customer and o.type = :type"
                + " and o.target = :target order by o.acceptedAt desc, o.id desc",
            Operation.class)
        .setParameter("customer", customerId)
        .setParameter("type", type)
        .setParameter("target", target)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The newest operations of a type of a customer, whatever their target: every account's, or one
   * account's when {@code account} is given.
   */
  public List<Operation> recentOf(long customerId, OperationType type, String account, int limit) {
    return em.createQuery(
            "select o from Operation o where o.customerId = :customer and o.type = :type"
                + " and (:account is null or o.account = :account)"
                + " order by o.acceptedAt desc, o.id desc",
            Operation.class)
        .setParameter("customer", customerId)
        .setParameter("type", type)
        .setParameter("account", account)
        .setMaxResults(limit)
        .getResultList();
  }

  private Operation find(long operationId) {
    Operation operation = em.find(Operation.class, operationId);
    if (operation == null) {
      throw new IllegalArgumentException("no operation " + operationId);
    }
    return operation;
  }
}
