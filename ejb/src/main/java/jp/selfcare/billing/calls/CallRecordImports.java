package jp.selfcare.billing.calls;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.billing.tariff.Rating;
import jp.selfcare.billing.tariff.Tariffs;
import jp.selfcare.jobs.RunningJob;
import jp.selfcare.persistence.AnyOf;
import jp.selfcare.persistence.SqlValues;

/**
 * The imports of the network's call-record files: begun, loaded chunk by chunk and finished by the
 * import job (each call names the job's running execution), read back by the operators.
 *
 * <p>Loaded once: a file whose content was imported before (under any name) is a duplicate and read
 * no further; a call already loaded (the same call ID and start, from any file) is passed over. The
 * rows of a chunk are written in the chunk's transaction with its checkpoint, so a job killed
 * mid-file and restarted writes every row once.
 */
@Stateless
public class CallRecordImports {

  /** The import job's name. */
  public static final String JOB = "call-record-import";

  /** The job parameter naming the call-record file. */
  public static final String FILE = "file";

  private static final String INSERT_COLUMNS =
      "call_id, started_at, calling_number, called_number, answered, duration_seconds,"
          + " call_class, ip_number_id, customer_id, tariff_id, charge, import_id";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  @EJB private Tariffs tariffs;

  @EJB private CallRecordPartitions partitions;

  /**
   * Records the start of an import, once: a restarted job finds its import again. A file whose
   * content another import read is recorded as a duplicate of that one.
   *
   * @return the import (state {@link CallImportState#DUPLICATE} for a duplicate)
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CallImport begin(
      long importId, long executionId, String fileName, String path, String sha256) {
    RunningJob.require(JOB, importId, executionId);
    Optional<CallImport> known = find(importId);
    if (known.isPresent()) {
      return known.get();
    }
    Object earliest =
        em.createNativeQuery(
                "SELECT MIN(id) FROM call_record_import WHERE file_sha256 = ?1"
                    + " AND state <> 'DUPLICATE'")
            .setParameter(1, sha256)
            .getSingleResult();
    Long first = earliest == null ? null : ((Number) earliest).longValue();
    em.createNativeQuery(
            "INSERT INTO call_record_import (id, execution_id, file_name, file_path, file_sha256,"
                + " state, duplicate_of, begun_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, importId)
        .setParameter(2, executionId)
        .setParameter(3, fileName)
        .setParameter(4, path)
        .setParameter(5, sha256)
        .setParameter(
            6, (first == null ? CallImportState.RUNNING : CallImportState.DUPLICATE).name())
        .setParameter(7, first)
        .setParameter(8, clock.instant())
        .executeUpdate();
    return find(importId).orElseThrow();
  }

  /** The import as it stands (the running job only). */
  @PermitAll
  public Optional<CallImport> find(long importId, long executionId) {
    RunningJob.require(JOB, importId, executionId);
    return find(importId);
  }

  /**
   * Loads a chunk of rows in the caller's (the chunk's) transaction: each row checked, its calling
   * number looked up, rated and written unless that call is loaded already; a refused row, or a
   * call loaded without a charge, recorded with every reason.
   */
  @PermitAll
  public void load(long importId, long executionId, List<CallRow> rows) {
    RunningJob.require(JOB, importId, executionId);
    List<CallProblemRow> problems = new ArrayList<>();
    List<Parsed> calls = new ArrayList<>();
    for (CallRow row : rows) {
      if (row.header()) {
        if (!CallRecordFormat.isHeader(row.fields())) {
          problems.add(
              new CallProblemRow(row.line(), null, EnumSet.of(CallRowProblem.HEADER), false));
        }
        continue;
      }
      CallRecordFormat.Row parsed = CallRecordFormat.parse(row.fields());
      if (parsed.ok()) {
        calls.add(new Parsed(row.line(), parsed.record()));
      } else {
        problems.add(new CallProblemRow(row.line(), callId(row), parsed.problems(), false));
      }
    }
    // rows read: the calls, and a first row that should have been the header
    long dataRows =
        rows.stream().filter(r -> !r.header() || !CallRecordFormat.isHeader(r.fields())).count();
    partitions.ensure(
        calls.stream()
            .map(c -> YearMonth.from(c.record.startedAt().atZoneSameInstant(Rating.ZONE)))
            .collect(Collectors.toSet()));
    Rating rating = tariffs.rating();
    try (Connection c = dataSource.getConnection()) {
      Map<String, long[]> numbers =
          numbers(c, calls.stream().map(p -> p.record.callingNumber()).collect(Collectors.toSet()));
      List<CallProblemRow> unbilled = new ArrayList<>();
      boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
      try (PreparedStatement insert = c.prepareStatement(insert(h2))) {
        for (Parsed call : calls) {
          long[] number = numbers.get(call.record.callingNumber());
          Optional<Rating.Rated> rated =
              number == null ? Optional.empty() : rating.rate(call.record);
          bind(insert, call.record, number, rated.orElse(null), importId, h2);
          insert.addBatch();
          if (number == null || rated.isEmpty()) {
            unbilled.add(
                new CallProblemRow(
                    call.line,
                    call.record.callId(),
                    EnumSet.of(
                        number == null ? CallRowProblem.UNKNOWN_NUMBER : CallRowProblem.NO_TARIFF),
                    true));
          }
        }
        insert.executeBatch();
      }
      problems.addAll(loadedNow(c, importId, unbilled));
      recordProblems(c, importId, problems);
      try (PreparedStatement read =
          c.prepareStatement(
              "UPDATE call_record_import SET rows_read = rows_read + ? WHERE id = ?")) {
        read.setLong(1, dataRows);
        read.setLong(2, importId);
        read.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load call records of import " + importId, e);
    }
  }

  /** The import's problem rows after {@code afterLine}, for its result file (the running job). */
  @PermitAll
  public List<CallProblemRow> problemsForResult(
      long importId, long executionId, long afterLine, int size) {
    RunningJob.require(JOB, importId, executionId);
    return problems(importId, afterLine, 0, size);
  }

  /**
   * Finishes the import with its outcome: done when no row was refused, failed otherwise; where its
   * file went and its result file are kept with it.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CallImport finish(long importId, long executionId, String finalPath, byte[] resultCsv) {
    RunningJob.require(JOB, importId, executionId);
    CallImport current = find(importId).orElseThrow();
    if (current.state() == CallImportState.DUPLICATE) {
      em.createNativeQuery(
              "UPDATE call_record_import SET finished_at = ?1, file_path = ?2, result_csv = ?3"
                  + " WHERE id = ?4")
          .setParameter(1, clock.instant())
          .setParameter(2, finalPath)
          .setParameter(3, resultCsv)
          .setParameter(4, importId)
          .executeUpdate();
      return find(importId).orElseThrow();
    }
    long loaded = count("SELECT COUNT(*) FROM call_record WHERE import_id = ?1", importId);
    long unbilled =
        count("SELECT COUNT(*) FROM call_record WHERE import_id = ?1 AND charge IS NULL", importId);
    long refused =
        count(
            "SELECT COUNT(*) FROM call_record_problem WHERE import_id = ?1 AND NOT loaded",
            importId);
    em.createNativeQuery(
            "UPDATE call_record_import SET finished_at = ?1, state = ?2, file_path = ?3,"
                + " result_csv = ?4, loaded = ?5, already_loaded = rows_read - ?5 - ?6,"
                + " refused = ?6, unbilled = ?7 WHERE id = ?8")
        .setParameter(1, clock.instant())
        .setParameter(2, (refused > 0 ? CallImportState.FAILED : CallImportState.DONE).name())
        .setParameter(3, finalPath)
        .setParameter(4, resultCsv)
        .setParameter(5, loaded)
        .setParameter(6, refused)
        .setParameter(7, unbilled)
        .setParameter(8, importId)
        .executeUpdate();
    return find(importId).orElseThrow();
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
  public List<CallImport> recent(int first, int size) {
    return select(" ORDER BY begun_at DESC, id DESC LIMIT ?1 OFFSET ?2", size, first);
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public long count() {
    return count("SELECT COUNT(*) FROM call_record_import WHERE ?1 = ?1", 1);
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public Optional<CallImport> byId(long importId) {
    return find(importId);
  }

  /** One page of an import's problem rows, by line. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<CallProblemRow> problems(long importId, int first, int size) {
    return problems(importId, 0, first, size);
  }

  /** How many rows of an import were refused or loaded unbilled. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public long problemCount(long importId) {
    return count("SELECT COUNT(*) FROM call_record_problem WHERE import_id = ?1", importId);
  }

  /** The import's result file (CSV), once it finished. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public Optional<byte[]> result(long importId) {
    return em
        .createNativeQuery("SELECT result_csv FROM call_record_import WHERE id = ?1")
        .setParameter(1, importId)
        .getResultList()
        .stream()
        .filter(r -> r != null)
        .map(r -> (byte[]) r)
        .findFirst();
  }

  private Optional<CallImport> find(long importId) {
    return select(" WHERE id = ?1", importId).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  private List<CallImport> select(String where, Object... parameters) {
    var query =
        em.createNativeQuery(
            "SELECT id, file_name, file_path, file_sha256, state, duplicate_of, rows_read,"
                + " begun_at, finished_at, loaded, already_loaded, refused, unbilled"
                + " FROM call_record_import"
                + where);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((List<Object[]>) query.getResultList())
        .stream()
            .map(
                r ->
                    new CallImport(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        CallImportState.valueOf((String) r[4]),
                        r[5] == null ? null : ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(),
                        SqlValues.instant(r[7]),
                        SqlValues.instant(r[8]),
                        number(r[9]),
                        number(r[10]),
                        number(r[11]),
                        number(r[12])))
            .toList();
  }

  @SuppressWarnings("unchecked")
  private List<CallProblemRow> problems(long importId, long afterLine, int first, int size) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT line, call_id, problems, loaded FROM call_record_problem"
                        + " WHERE import_id = ?1 AND line > ?2 ORDER BY line"
                        + " LIMIT ?3 OFFSET ?4")
                .setParameter(1, importId)
                .setParameter(2, afterLine)
                .setParameter(3, size)
                .setParameter(4, first)
                .getResultList())
        .stream()
            .map(
                r ->
                    new CallProblemRow(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        Arrays.stream(((String) r[2]).split(","))
                            .map(CallRowProblem::valueOf)
                            .collect(
                                Collectors.toCollection(
                                    () -> EnumSet.noneOf(CallRowProblem.class))),
                        (Boolean) r[3]))
            .toList();
  }

  private long count(String sql, long parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String callId(CallRow row) {
    if (row.fields().isEmpty()) {
      return null;
    }
    String id = row.fields().get(0).strip();
    return id.isEmpty() ? null : id.substring(0, Math.min(64, id.length()));
  }

  /** The calling numbers that are customers' numbers: number → {ip number id, customer id}. */
  private static Map<String, long[]> numbers(Connection c, Set<String> calling)
      throws SQLException {
    Map<String, long[]> found = new HashMap<>();
    if (calling.isEmpty()) {
      return found;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT number, id, customer_id FROM ip_number WHERE " + AnyOf.textIn(c, "number"))) {
      AnyOf.texts(s, 1, calling);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
    return found;
  }

  /**
   * The insert that passes over a call loaded before: PostgreSQL's ON CONFLICT; H2 has none, and
   * inserts only where the key is not there yet.
   */
  private static String insert(boolean h2) {
    if (h2) {
      return "INSERT INTO call_record ("
          + INSERT_COLUMNS
          + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
          + " (SELECT 1 FROM call_record WHERE call_id = ? AND started_at = ?)";
    }
    return "INSERT INTO call_record ("
        + INSERT_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  }

  private static void bind(
      PreparedStatement insert,
      CallRecord call,
      long[] number,
      Rating.Rated rated,
      long importId,
      boolean h2)
      throws SQLException {
    insert.setString(1, call.callId());
    insert.setObject(2, call.startedAt());
    insert.setString(3, call.callingNumber());
    insert.setString(4, call.calledNumber());
    insert.setBoolean(5, call.answered());
    insert.setInt(6, call.durationSeconds());
    insert.setString(7, call.callClass().name());
    if (number == null) {
      insert.setNull(8, Types.BIGINT);
      insert.setNull(9, Types.BIGINT);
    } else {
      insert.setLong(8, number[0]);
      insert.setLong(9, number[1]);
    }
    if (rated == null) {
      insert.setNull(10, Types.BIGINT);
      insert.setNull(11, Types.NUMERIC);
    } else {
      insert.setLong(10, rated.tariff().id());
      insert.setBigDecimal(11, rated.charge());
    }
    insert.setLong(12, importId);
    if (h2) {
      insert.setString(13, call.callId());
      insert.setObject(14, call.startedAt());
    }
  }

  /**
   * Of the calls loaded unbilled, those this import wrote: a call loaded before (by another import,
   * or an earlier row) is not reported again.
   */
  private static List<CallProblemRow> loadedNow(
      Connection c, long importId, List<CallProblemRow> unbilled) throws SQLException {
    if (unbilled.isEmpty()) {
      return List.of();
    }
    Set<String> written = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT call_id FROM call_record WHERE import_id = ? AND "
                + AnyOf.textIn(c, "call_id"))) {
      s.setLong(1, importId);
      AnyOf.texts(s, 2, unbilled.stream().map(CallProblemRow::callId).toList());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          written.add(rs.getString(1));
        }
      }
    }
    return unbilled.stream().filter(p -> written.contains(p.callId())).toList();
  }

  private static void recordProblems(Connection c, long importId, List<CallProblemRow> problems)
      throws SQLException {
    if (problems.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO call_record_problem (import_id, line, call_id, problems, loaded)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (CallProblemRow p : problems) {
        s.setLong(1, importId);
        s.setLong(2, p.line());
        s.setString(3, p.callId());
        s.setString(
            4, p.problems().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        s.setBoolean(5, p.loaded());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private record Parsed(long line, CallRecord record) {}
}
