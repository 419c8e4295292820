package jp.selfcare.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.selfcare.bench.http.DatabaseDecision;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-call-database baseline in process (spec 50-routing.md: decisions "≥ 50× faster" than one that queries
 * the database on every call): {@link DatabaseDecision} — the same code as the HTTP baseline — over
 * the application's schema (Flyway migrations) with 100,000 numbers, a tenth with nuisance lists, a
 * seventh with anonymous rejection, a third with forwarding, and random calls. One connection held
 * open, as a pool would hand out. Compare its average with {@link DecisionBenchmark}'s.
 *
 * <p>Database: {@code -p url=…} (default an in-memory H2, the fastest case for the baseline); for
 * PostgreSQL e.g. {@code -p url=jdbc:postgresql://127.0.0.1:5432/selfcare_jmh -p user=postgres}
 * (the database is cleaned and filled).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DatabaseDecisionBenchmark {

  private static final int NUMBERS = 100_000;
  private static final int CALLS = 1 << 16;
  private static final long FIRST = 500_000_000L;

  @Param("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")
  public String url;

  @Param("sa")
  public String user;

  @Param("")
  public String password;

  private Connection connection;
  private final String[] called = new String[CALLS];
  private final String[] callers = new String[CALLS];
  private final boolean[] anonymous = new boolean[CALLS];
  private int next;

  @Setup
  public void load() throws SQLException {
    Flyway flyway =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    connection = DriverManager.getConnection(url, user, password);
    fill(connection);

    Random random = new Random(42);
    for (int i = 0; i < CALLS; i++) {
      int n = random.nextInt(NUMBERS + NUMBERS / 50); // 2 % unknown numbers
      called[i] = "0" + (FIRST + n);
      callers[i] = random.nextInt(20) == 0 ? "039999000" + random.nextInt(5) : "0311112222";
      anonymous[i] = random.nextInt(10) == 0;
    }
  }

  private static void fill(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO customer (customer_number, contractor_name, time_zone)"
              + " VALUES ('N900000001', 'bench', 'Asia/Tokyo')");
      s.executeUpdate(
          "INSERT INTO contract (contract_number, customer_id, service, channel_count,"
              + " operational_status, version)"
              + " SELECT 'N900000002', id, 'IP_VOICE', 100, 'NORMAL', 0 FROM customer");
    }
    c.setAutoCommit(false);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO ip_number (number, number_type, contract_id, customer_id,"
                + " ao_message_box, ao_nuisance_blocking, ao_anonymous_rejection,"
                + " ao_specific_presentation, ao_bulk_forwarding, ao_specific_destination,"
                + " ao_members_net, version)"
                + " SELECT ?, 'BASIC', id, customer_id, FALSE, ?, ?, FALSE, FALSE, FALSE, FALSE, 0"
                + " FROM contract")) {
      for (int i = 0; i < NUMBERS; i++) {
        insert.setString(1, "0" + (FIRST + i));
        insert.setBoolean(2, i % 10 == 0);
        insert.setBoolean(3, i % 7 == 0);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO forwarding_setting (ip_number_id, forward, unconditional, busy, no_answer,"
              + " unreachable, list1, list2, list3, list4, list5, target, version)"
              + " SELECT id, TRUE, MOD(id, 2) = 0, FALSE, FALSE, FALSE, '', '', '', '',"
              + " '0312345678', 'LIST_5', 0 FROM ip_number WHERE MOD(id, 3) = 0");
      for (int k = 0; k < 5; k++) {
        s.executeUpdate(
            "INSERT INTO nuisance_entry (ip_number_id, blocked_number, registered_at)"
                + " SELECT id, '039999000"
                + k
                + "', CURRENT_TIMESTAMP FROM ip_number WHERE ao_nuisance_blocking");
      }
      s.executeUpdate(
          "INSERT INTO number_feature (ip_number_id, feature, enabled, version)"
              + " SELECT id, 'ANONYMOUS_REJECTION', TRUE, 0 FROM ip_number"
              + " WHERE ao_anonymous_rejection");
    }
    c.commit();
    c.setAutoCommit(true);
  }

  @TearDown
  public void close() throws SQLException {
    connection.close();
  }

  @Benchmark
  public String decide() throws SQLException {
    int i = next++ & (CALLS - 1);
    return DatabaseDecision.decide(connection, called[i], callers[i], anonymous[i]);
  }
}
