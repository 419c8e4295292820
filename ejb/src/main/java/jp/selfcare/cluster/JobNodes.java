package jp.selfcare.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.selfcare.persistence.SqlValues;

/**
 * Which node runs each job execution ({@code job_node}), and the claim that lets exactly one node
 * resume an execution whose node died: the first node to mark the row resumes it, the others see it
 * marked. Each call in a transaction of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobNodes {

  @PersistenceContext private EntityManager em;

  /** Where and since when an execution runs. */
  public record Run(String node, Instant startedAt) {}

  /** Records that this node starts running the execution now. */
  public void started(long executionId) {
    em.createNativeQuery(
            "INSERT INTO job_node (execution_id, node, started_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, executionId)
        .setParameter(2, ThisNode.NAME)
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  /** The node that started the execution (empty for one started before nodes were recorded). */
  public Optional<Run> of(long executionId) {
    List<?> rows =
        em.createNativeQuery("SELECT node, started_at FROM job_node WHERE execution_id = ?1")
            .setParameter(1, executionId)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Run((String) r[0], SqlValues.instant(r[1])))
        .findFirst();
  }

  /**
   * Claims the execution for this node to resume; true for exactly one caller.
   *
   * @return whether this node won the claim
   */
  public boolean claim(long executionId) {
    return em.createNativeQuery(
                "UPDATE job_node SET resumed_by = ?2, resumed_at = ?3"
                    + " WHERE execution_id = ?1 AND resumed_by IS NULL")
            .setParameter(1, executionId)
            .setParameter(2, ThisNode.NAME)
            .setParameter(3, Timestamp.from(Instant.now()))
            .executeUpdate()
        == 1;
  }
}
