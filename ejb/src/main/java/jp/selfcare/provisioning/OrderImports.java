package jp.selfcare.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.jobs.RunningJob;
import jp.selfcare.persistence.SqlValues;

/**
 * The imports of order files: begun, finished and read back by the import job (each call names the
 * job's running execution), listed with each line's outcome for the operators (operator role).
 */
@Stateless
public class OrderImports {

  /** The import job's name. */
  public static final String JOB = "service-order-import";

  /** The job parameter naming the order file. */
  public static final String FILE = "file";

  /** An import's own columns, as {@link #select} reads them. */
  private static final String COLUMNS = "id, file_name, file_path, started_at, finished_at, state";

  /** An import as the operators' list shows it, with its outcome counts. */
  public record Import(
      long id,
      String fileName,
      String filePath,
      Instant startedAt,
      Instant finishedAt,
      ImportState state,
      long applied,
      long skipped,
      long refused)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private OrderLog log;

  /**
   * Records the start of an import, once: a restarted job finds its import again. An execution
   * whose file another import holds already is a duplicate start and gets nothing.
   *
   * @return the import, or empty for a duplicate
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Import> begin(long importId, long executionId, String fileName, String path) {
    Optional<Import> known = find(importId, executionId);
    if (known.isPresent()) {
      return known;
    }
    if (((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM order_import WHERE file_path = ?1")
                    .setParameter(1, path)
                    .getSingleResult())
            .longValue()
        > 0) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "INSERT INTO order_import (id, file_name, file_path, started_at, state)"
                + " VALUES (?1, ?2, ?3, ?4, 'RUNNING')")
        .setParameter(1, importId)
        .setParameter(2, fileName)
        .setParameter(3, path)
        .setParameter(4, clock.instant())
        .executeUpdate();
    return find(importId);
  }

  /** The import's lines after {@code afterLine}, for its result file (the running job only). */
  @PermitAll
  public List<LineOutcome> linesForResult(
      long importId, long executionId, int afterLine, int size) {
    requireRunning(importId, executionId);
    return log.lines(importId, false, afterLine, 0, size);
  }

  /** The import as it stands, once begun (the running job only). */
  @PermitAll
  public Optional<Import> find(long importId, long executionId) {
    requireRunning(importId, executionId);
    return find(importId);
  }

  /**
   * Finishes the import: done when no line was refused, failed otherwise; where its file went and
   * its result file are kept with it.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Import finish(long importId, long executionId, String finalPath, byte[] resultCsv) {
    requireRunning(importId, executionId);
    Import current = find(importId).orElseThrow();
    em.createNativeQuery(
            "UPDATE order_import SET finished_at = ?1, state = ?2, file_path = ?3,"
                + " result_csv = ?4 WHERE id = ?5")
        .setParameter(1, clock.instant())
        .setParameter(2, (current.refused() > 0 ? ImportState.FAILED : ImportState.DONE).name())
        .setParameter(3, finalPath)
        .setParameter(4, resultCsv)
        .setParameter(5, importId)
        .executeUpdate();
    return find(importId).orElseThrow();
  }

  /**
   * Refuses a call that is not made by the running execution of the import's job: only the import
   * job applies orders.
   */
  @PermitAll
  public void requireRunning(long importId, long executionId) {
    RunningJob.require(JOB, importId, executionId);
  }

  /**
   * Starts an import of the file (the job moves it into the import folder's processing/ first).
   *
   * @return the job execution's id
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public long start(String file) {
    Properties parameters = new Properties();
    parameters.setProperty(FILE, file);
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  /** The newest imports first, one page. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<Import> recent(int first, int size) {
    return select(
        "SELECT "
            + COLUMNS
            + " FROM order_import ORDER BY started_at DESC, id DESC"
            + " LIMIT ?1 OFFSET ?2",
        size,
        first);
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public long count() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM order_import").getSingleResult())
        .longValue();
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public Optional<Import> byId(long importId) {
    return find(importId);
  }

  /** One page of an import's lines (only the refused ones if asked). */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<LineOutcome> lines(long importId, boolean refusedOnly, int first, int size) {
    return log.lines(importId, refusedOnly, 0, first, size);
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public long lineCount(long importId, boolean refusedOnly) {
    return log.count(importId, refusedOnly);
  }

  /** The import's result file (CSV), once it finished. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public Optional<byte[]> result(long importId) {
    return em
        .createNativeQuery("SELECT result_csv FROM order_import WHERE id = ?1")
        .setParameter(1, importId)
        .getResultList()
        .stream()
        .filter(r -> r != null)
        .map(r -> (byte[]) r)
        .findFirst();
  }

  private Optional<Import> find(long importId) {
    return select("SELECT " + COLUMNS + " FROM order_import WHERE id = ?1", importId).stream()
        .findFirst();
  }

  /**
   * The imports the query selects (its columns {@link #COLUMNS}, newest first), each with its
   * outcome counts: one grouped query over the chosen imports' lines, whatever their number.
   */
  @SuppressWarnings("unchecked")
  private List<Import> select(String imports, Object... parameters) {
    var query =
        em.createNativeQuery(
            "SELECT i.id, i.file_name, i.file_path, i.started_at, i.finished_at, i.state,"
                + " SUM(CASE WHEN l.outcome = 'APPLIED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.outcome = 'SKIPPED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.outcome = 'REFUSED' THEN 1 ELSE 0 END)"
                + " FROM ("
                + imports
                + ") i LEFT JOIN order_line l ON l.import_id = i.id"
                + " GROUP BY i.id, i.file_name, i.file_path, i.started_at, i.finished_at, i.state"
                + " ORDER BY i.started_at DESC, i.id DESC");
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((List<Object[]>) query.getResultList())
        .stream()
            .map(
                r ->
                    new Import(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        SqlValues.instant(r[3]),
                        SqlValues.instant(r[4]),
                        ImportState.valueOf((String) r[5]),
                        count(r[6]),
                        count(r[7]),
                        count(r[8])))
            .toList();
  }

  private static long count(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
