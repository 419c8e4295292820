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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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

  /**
   * The insert of a chunk's calls from arrays, one per column (the start as epoch seconds, which
   * PostgreSQL keeps to the microsecond), passing over a call loaded before: ON CONFLICT checks the
   * key in the one partition the call goes to, and waits for a transaction writing the same call.
   */
  private static final String INSERT_ARRAYS =
      "INSERT INTO call_record ("
          + INSERT_COLUMNS
          + ") SELECT i, to_timestamp(s), f, t, a, d, k, nid, cid, tid, ch, ?"
          + " FROM UNNEST(?::varchar[], ?::float8[], ?::varchar[], ?::varchar[], ?::boolean[],"
          + " ?::int[], ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::numeric[])"
          + " AS u(i, s, f, t, a, d, k, nid, cid, tid, ch)"
          + " ON CONFLICT DO NOTHING";

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
      List<Loaded> loaded = new ArrayList<>(calls.size());
      for (Parsed call : calls) {
        long[] number = numbers.get(call.record.callingNumber());
        loaded.add(
            new Loaded(
                call, number, number == null ? null : rating.rate(call.record).orElse(null)));
      }
      Written written =
          "H2".equals(c.getMetaData().getDatabaseProductName())
              ? writeOneByOne(c, importId, loaded)
              : writeAtOnce(c, importId, loaded);
      // a call loaded before (by another import, or an earlier row) is not reported again
      for (Loaded call : written.unbilled()) {
        problems.add(
            new CallProblemRow(
                call.parsed.line,
                call.parsed.record.callId(),
                EnumSet.of(
                    call.number == null ? CallRowProblem.UNKNOWN_NUMBER : CallRowProblem.NO_TARIFF),
                true));
      }
      recordProblems(c, importId, problems);
      // the counts commit with the rows; last, so the import's row is locked only until the commit
      try (PreparedStatement counts =
          c.prepareStatement(
              "UPDATE call_record_import SET rows_read = rows_read + ?,"
                  + " loaded = COALESCE(loaded, 0) + ?, unbilled = COALESCE(unbilled, 0) + ?"
                  + " WHERE id = ?")) {
        counts.setLong(1, dataRows);
        counts.setLong(2, written.count());
        counts.setLong(3, written.unbilled().size());
        counts.setLong(4, importId);
        counts.executeUpdate();
      }
    } catch (SQLException e) {
      if (ConcurrentLoad.is(e)) {
        throw new ConcurrentLoad(importId, e);
      }
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
    long refused =
        count(
            "SELECT COUNT(*) FROM call_record_problem WHERE import_id = ?1 AND NOT loaded",
            importId);
    em.createNativeQuery(
            "UPDATE call_record_import SET finished_at = ?1, state = ?2, file_path = ?3,"
                + " result_csv = ?4, loaded = COALESCE(loaded, 0),"
                + " unbilled = COALESCE(unbilled, 0),"
                + " already_loaded = rows_read - COALESCE(loaded, 0) - ?5, refused = ?5"
                + " WHERE id = ?6")
        .setParameter(1, clock.instant())
        .setParameter(2, (refused > 0 ? CallImportState.FAILED : CallImportState.DONE).name())
        .setParameter(3, finalPath)
        .setParameter(4, resultCsv)
        .setParameter(5, refused)
        .setParameter(6, importId)
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
   * Writes the chunk's calls on PostgreSQL, the rows passed as arrays, passing over a call loaded
   * before and a call the chunk holds twice (its first row counts): the billed calls with one
   * statement that counts what it wrote, the unbilled ones (few) with one that returns them, to be
   * reported.
   */
  private static Written writeAtOnce(Connection c, long importId, List<Loaded> calls)
      throws SQLException {
    Set<CallKey> seen = new HashSet<>();
    List<Loaded> billed = new ArrayList<>(calls.size());
    List<Loaded> unbilled = new ArrayList<>();
    for (Loaded call : calls) {
      if (seen.add(CallKey.of(call.parsed.record))) {
        (call.billed() ? billed : unbilled).add(call);
      }
    }
    long count = 0;
    if (!billed.isEmpty()) {
      try (PreparedStatement insert = c.prepareStatement(INSERT_ARRAYS)) {
        bindArrays(c, insert, importId, billed);
        count += insert.executeUpdate();
      }
    }
    List<Loaded> unbilledWritten = new ArrayList<>();
    if (!unbilled.isEmpty()) {
      Map<CallKey, Loaded> byKey = new HashMap<>();
      unbilled.forEach(l -> byKey.put(CallKey.of(l.parsed.record), l));
      try (PreparedStatement insert =
          c.prepareStatement(INSERT_ARRAYS + " RETURNING call_id, started_at")) {
        bindArrays(c, insert, importId, unbilled);
        try (ResultSet rs = insert.executeQuery()) {
          while (rs.next()) {
            Loaded l =
                byKey.get(
                    new CallKey(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
            if (l != null) {
              unbilledWritten.add(l);
            }
          }
        }
      }
      count += unbilledWritten.size();
    }
    return new Written(count, unbilledWritten);
  }

  private static void bindArrays(
      Connection c, PreparedStatement insert, long importId, List<Loaded> calls)
      throws SQLException {
    int n = calls.size();
    String[] ids = new String[n];
    Double[] started = new Double[n];
    String[] calling = new String[n];
    String[] called = new String[n];
    Boolean[] answered = new Boolean[n];
    Integer[] seconds = new Integer[n];
    String[] classes = new String[n];
    Long[] numberIds = new Long[n];
    Long[] customers = new Long[n];
    Long[] tariffIds = new Long[n];
    BigDecimal[] charges = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      Loaded l = calls.get(i);
      CallRecord call = l.parsed.record;
      ids[i] = call.callId();
      Instant start = call.startedAt().toInstant();
      started[i] = start.getEpochSecond() + start.getNano() / 1e9;
      calling[i] = call.callingNumber();
      called[i] = call.calledNumber();
      answered[i] = call.answered();
      seconds[i] = call.durationSeconds();
      classes[i] = call.callClass().name();
      numberIds[i] = l.number == null ? null : l.number[0];
      customers[i] = l.number == null ? null : l.number[1];
      tariffIds[i] = l.rated == null ? null : l.rated.tariff().id();
      charges[i] = l.rated == null ? null : l.rated.charge();
    }
    insert.setLong(1, importId);
    insert.setArray(2, c.createArrayOf("varchar", ids));
    insert.setArray(3, c.createArrayOf("float8", started));
    insert.setArray(4, c.createArrayOf("varchar", calling));
    insert.setArray(5, c.createArrayOf("varchar", called));
    insert.setArray(6, c.createArrayOf("bool", answered));
    insert.setArray(7, c.createArrayOf("int4", seconds));
    insert.setArray(8, c.createArrayOf("varchar", classes));
    insert.setArray(9, c.createArrayOf("int8", numberIds));
    insert.setArray(10, c.createArrayOf("int8", customers));
    insert.setArray(11, c.createArrayOf("int8", tariffIds));
    insert.setArray(12, c.createArrayOf("numeric", charges));
  }

  /**
   * Writes the chunk's calls one statement each (H2 has neither ON CONFLICT nor arrays of rows),
   * each inserted only where its key is not there yet.
   */
  private static Written writeOneByOne(Connection c, long importId, List<Loaded> calls)
      throws SQLException {
    if (calls.isEmpty()) {
      return new Written(0, List.of());
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO call_record ("
                + INSERT_COLUMNS
                + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM call_record WHERE call_id = ? AND started_at = ?)")) {
      for (Loaded l : calls) {
        CallRecord call = l.parsed.record;
        insert.setString(1, call.callId());
        insert.setObject(2, call.startedAt());
        insert.setString(3, call.callingNumber());
        insert.setString(4, call.calledNumber());
        insert.setBoolean(5, call.answered());
        insert.setInt(6, call.durationSeconds());
        insert.setString(7, call.callClass().name());
        setLong(insert, 8, l.number == null ? null : l.number[0]);
        setLong(insert, 9, l.number == null ? null : l.number[1]);
        setLong(insert, 10, l.rated == null ? null : l.rated.tariff().id());
        insert.setBigDecimal(11, l.rated == null ? null : l.rated.charge());
        insert.setLong(12, importId);
        insert.setString(13, call.callId());
        insert.setObject(14, call.startedAt());
        insert.addBatch();
      }
      int[] counts = insert.executeBatch();
      long count = 0;
      List<Loaded> unbilledWritten = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          count++;
          if (!calls.get(i).billed()) {
            unbilledWritten.add(calls.get(i));
          }
        }
      }
      return new Written(count, unbilledWritten);
    }
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  /** A call's key: its ID and the instant it started (to the microsecond, as stored). */
  private record CallKey(String callId, Instant startedAt) {

    static CallKey of(CallRecord call) {
      return new CallKey(
          call.callId(), call.startedAt().toInstant().truncatedTo(ChronoUnit.MICROS));
    }
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

  /** A call with its number ({ip number id, customer id}; null if unknown) and its rating. */
  private record Loaded(Parsed parsed, long[] number, Rating.Rated rated) {

    boolean billed() {
      return number != null && rated != null;
    }
  }

  /** What a chunk wrote: how many calls, and which of the unbilled ones (to be reported). */
  private record Written(long count, List<Loaded> unbilled) {}
}
