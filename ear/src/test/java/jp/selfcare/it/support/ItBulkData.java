package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Reads and (for the transitional-state test only) sets what the bulk screens do not show. */
@Stateless
public class ItBulkData {

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  public long siteId(String code) {
    return longOf("SELECT id FROM site WHERE site_code = ?1", code);
  }

  public String state(long groupId) {
    List<?> states =
        em.createNativeQuery("SELECT state FROM bulk_forwarding_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    return states.isEmpty() ? "GONE" : (String) states.get(0);
  }

  /** Puts a group in a state as if a job were running (nothing else is touched). */
  public void forceState(long groupId, String state) {
    em.createNativeQuery("UPDATE bulk_forwarding_group SET state = ?1 WHERE id = ?2")
        .setParameter(1, state)
        .setParameter(2, groupId)
        .executeUpdate();
  }

  /** The batch job execution doing the entry's work. */
  public long execution(long operationId) {
    return longOf("SELECT job_execution_id FROM operation WHERE id = ?1", operationId);
  }

  /** "STATE outcome": the counts as "n OK, m ERROR" or "n rows", else the message. */
  public String operation(long operationId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT state, message, rows_done, rows_failed FROM operation WHERE id = ?1")
                .setParameter(1, operationId)
                .getSingleResult();
    String outcome =
        row[3] != null
            ? row[2] + " OK, " + row[3] + " ERROR"
            : row[2] != null ? row[2] + " rows" : row[1] == null ? "" : row[1].toString();
    return row[0] + " " + outcome;
  }

  /** The operation's result files: "name\ncontent" each, separated by a form feed. */
  public String resultFiles(long operationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT file_name, content FROM result_file WHERE operation_id = ?1"
                    + " ORDER BY file_name")
            .setParameter(1, operationId)
            .getResultList();
    StringBuilder out = new StringBuilder();
    for (Object[] row : rows) {
      out.append(row[0]).append('\n').append(new String((byte[]) row[1], StandardCharsets.UTF_8));
      out.append('\f');
    }
    return out.toString();
  }

  /** How many settings-history entries of a type name a target. */
  public long entries(String type, String target) {
    return longOf(
        "SELECT COUNT(*) FROM operation WHERE operation_type = ?1 AND target = ?2", type, target);
  }

  /** The single number a query with positional parameters ?1, ?2, … answers. */
  private long longOf(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * Locks the member at {@code index} (by number id, the job's order) for {@code seconds} in a
   * transaction of its own, so an activation job blocks on it mid-way (PostgreSQL waits for row
   * locks; the server is killed meanwhile).
   */
  @Asynchronous
  public void holdMember(long groupId, int index, int seconds) {
    Number id =
        (Number)
            em.createNativeQuery(
                    "SELECT ip_number_id FROM bulk_forwarding_member WHERE group_id = ?1"
                        + " ORDER BY ip_number_id")
                .setParameter(1, groupId)
                .setFirstResult(index)
                .setMaxResults(1)
                .getSingleResult();
    em.createNativeQuery(
            "SELECT ip_number_id FROM bulk_forwarding_member WHERE group_id = ?1"
                + " AND ip_number_id = ?2 FOR UPDATE")
        .setParameter(1, groupId)
        .setParameter(2, id.longValue())
        .getResultList();
    keepLocksFor(seconds);
  }

  /**
   * Locks a number's stored forwarding setting for {@code seconds} in a transaction of its own, so
   * an upload's chunk that holds the number waits on it (PostgreSQL; the server is killed
   * meanwhile).
   */
  @Asynchronous
  public void holdSetting(String number, int seconds) {
    em.createNativeQuery(
            "SELECT f.ip_number_id FROM forwarding_setting f JOIN ip_number n"
                + " ON n.id = f.ip_number_id WHERE n.number = ?1 FOR UPDATE OF f")
        .setParameter(1, number)
        .getResultList();
    keepLocksFor(seconds);
  }

  /**
   * Locks a history entry's row for {@code seconds} in a transaction of its own, so a job's chunk
   * that counts its rows on the entry waits on it (PostgreSQL; the server is killed meanwhile).
   */
  @Asynchronous
  public void holdOperation(long operationId, int seconds) {
    em.createNativeQuery("SELECT id FROM operation WHERE id = ?1 FOR UPDATE")
        .setParameter(1, operationId)
        .getResultList();
    keepLocksFor(seconds);
  }

  /** The database the server uses. */
  public String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    }
  }

  /** "results distinct active": result rows, distinct members in them, members active now. */
  public String applied(long operationId, long groupId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM bulk_activation_result WHERE operation_id = ?1),"
                        + " (SELECT COUNT(DISTINCT ip_number_id) FROM bulk_activation_result"
                        + " WHERE operation_id = ?1),"
                        + " (SELECT COUNT(*) FROM bulk_forwarding_member WHERE group_id = ?2"
                        + " AND bulk_active)")
                .setParameter(1, operationId)
                .setParameter(2, groupId)
                .getSingleResult();
    return row[0] + " " + row[1] + " " + row[2];
  }

  /** The first result file's bytes, base64. */
  public String resultFileBase64(long operationId) {
    List<?> rows =
        em.createNativeQuery("SELECT content FROM result_file WHERE operation_id = ?1")
            .setParameter(1, operationId)
            .getResultList();
    return rows.isEmpty() ? "" : java.util.Base64.getEncoder().encodeToString((byte[]) rows.get(0));
  }

  /**
   * The benchmark's baseline: the same rows as a plain JDBC batch insert into a scratch table of
   * forwarding_setting's shape (no checks, no outcome rows); milliseconds taken.
   */
  public long jdbcBatchInsert(int rows) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (var s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_forwarding");
        s.execute(
            "CREATE TABLE bench_forwarding (ip_number_id BIGINT PRIMARY KEY, forward BOOLEAN,"
                + " unconditional BOOLEAN, busy BOOLEAN, no_answer BOOLEAN, unreachable BOOLEAN,"
                + " ring_seconds INTEGER, list1 VARCHAR(32), list2 VARCHAR(32), list3 VARCHAR(32),"
                + " list4 VARCHAR(32), list5 VARCHAR(32), target VARCHAR(10), version BIGINT)");
      }
      long started = System.nanoTime();
      try (var insert =
          c.prepareStatement(
              "INSERT INTO bench_forwarding VALUES (?, TRUE, TRUE, FALSE, FALSE, FALSE, NULL,"
                  + " '0311112222', '', '', '', '0322220000', 'LIST_1', 0)")) {
        for (int i = 1; i <= rows; i++) {
          insert.setLong(1, i);
          insert.addBatch();
          if (i % 500 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      try (var s = c.createStatement()) {
        s.execute("DROP TABLE bench_forwarding");
      }
      return millis;
    }
  }

  /** The server's live heap: in use right after a full collection, in MB. */
  public long heapLiveMb() {
    System.gc();
    return heapUsedMb();
  }

  /** The server's heap in use (live and garbage), in MB. */
  public long heapUsedMb() {
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
        / (1024 * 1024);
  }

  /** Seconds between an operation's acceptance and its end. */
  public double seconds(long operationId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT accepted_at, finished_at FROM operation WHERE id = ?1")
                .setParameter(1, operationId)
                .getSingleResult();
    java.time.Instant a = toInstant(row[0]);
    java.time.Instant b = toInstant(row[1]);
    return java.time.Duration.between(a, b).toMillis() / 1000.0;
  }

  private static java.time.Instant toInstant(Object value) {
    if (value instanceof java.time.Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return java.time.Instant.parse(value.toString());
  }

  /** Waits {@code seconds} with the transaction open: the row locks it took stay taken. */
  private static void keepLocksFor(int seconds) {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
