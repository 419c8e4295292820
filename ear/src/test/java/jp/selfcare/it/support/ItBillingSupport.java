package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import jp.selfcare.billing.calls.CallRecordImports;

/**
 * Call-record files for the import: dropped into the call-record folder as the network delivers
 * them, and what became of an import as the tests read it.
 */
@RequestScoped
@Path("billing")
@Produces(MediaType.TEXT_PLAIN)
public class ItBillingSupport {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @jakarta.ejb.EJB private jp.selfcare.billing.calls.CallRecordPartitions partitions;

  /** Drops the body into the call-record folder (written aside, then renamed); its path. */
  @POST
  @Path("drop")
  public String drop(@QueryParam("name") String name, String body) throws IOException {
    java.nio.file.Path folder = folder();
    Files.createDirectories(folder);
    java.nio.file.Path part = folder.resolve(name + ".part");
    Files.writeString(part, body, StandardCharsets.UTF_8);
    return Files.move(part, folder.resolve(name)).toString();
  }

  /**
   * Drops a file of {@code rows} calls of 0350000000 in November 2026 into the folder (written
   * here: too large to send), their IDs {@code tag}-000000 on; its path.
   */
  @POST
  @Path("drop-many")
  public String dropMany(
      @QueryParam("name") String name, @QueryParam("tag") String tag, @QueryParam("rows") int rows)
      throws IOException {
    java.nio.file.Path folder = folder();
    Files.createDirectories(folder);
    java.nio.file.Path part = folder.resolve(name + ".part");
    try (var out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      out.write(
          "call_id,started_at,calling_number,called_number,answered,duration_seconds,call_class\n");
      for (int i = 0; i < rows; i++) {
        out.write(
            String.format(
                "%s-%06d,2026-11-%02dT%02d:%02d:00+09:00,0350000000,0312345679,1,%d,FIXED%n",
                tag, i, 1 + i % 28, i % 24, i % 60, 1 + i % 400));
      }
    }
    return Files.move(part, folder.resolve(name)).toString();
  }

  /**
   * Drops a file of {@code rows} calls of the sample customer's numbers (taken in turn) in the
   * month into the folder, with a mix of classes and durations, their IDs {@code tag}-0000000 on;
   * its path. A copy readable by the database server lies in /tmp (for the COPY reference).
   */
  @POST
  @Path("drop-calls")
  public String dropCalls(
      @QueryParam("name") String name,
      @QueryParam("tag") String tag,
      @QueryParam("rows") int rows,
      @QueryParam("month") String month)
      throws IOException, SQLException {
    java.util.List<String> numbers = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT n.number FROM ip_number n JOIN customer u ON u.id = n.customer_id"
                    + " WHERE u.customer_number = 'N100000001' ORDER BY n.number");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        numbers.add(rs.getString(1));
      }
    }
    String[] called = {"0312345679", "09012345678", "05012345678", "0120123456", "010155512345"};
    String[] classes = {"FIXED", "MOBILE", "IP_050", "TOLL_FREE", "INTERNATIONAL"};
    java.time.YearMonth m = java.time.YearMonth.parse(month);
    java.nio.file.Path folder = folder();
    Files.createDirectories(folder);
    java.nio.file.Path part = folder.resolve(name + ".part");
    try (var out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
      out.write(
          "call_id,started_at,calling_number,called_number,answered,duration_seconds,call_class\n");
      for (int i = 0; i < rows; i++) {
        int k = i % called.length;
        boolean answered = i % 7 != 0;
        out.write(
            String.format(
                "%s-%07d,%s-%02dT%02d:%02d:%02d+09:00,%s,%s,%d,%d,%s%n",
                tag,
                i,
                m,
                1 + i % m.lengthOfMonth(),
                i % 24,
                i % 60,
                (i / 60) % 60,
                numbers.get(i % numbers.size()),
                called[k],
                answered ? 1 : 0,
                answered ? 1 + (i * 37) % 900 : 0,
                classes[k]));
      }
    }
    java.nio.file.Path copy = java.nio.file.Path.of("/tmp", name);
    Files.copy(part, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    copy.toFile().setReadable(true, false);
    return Files.move(part, folder.resolve(name)).toString();
  }

  /**
   * The benchmark's reference: the same file loaded with a plain COPY (PostgreSQL reading it
   * itself) into a table of the same columns without key, lookups or rating; ms.
   */
  @POST
  @Path("copy")
  public String copy(@QueryParam("name") String name) throws SQLException {
    try (Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_call_copy");
      s.execute(
          "CREATE TABLE bench_call_copy (call_id VARCHAR(64), started_at TIMESTAMP WITH TIME ZONE,"
              + " calling_number VARCHAR(11), called_number VARCHAR(20), answered BOOLEAN,"
              + " duration_seconds INTEGER, call_class VARCHAR(20))");
      long started = System.nanoTime();
      s.execute(
          "COPY bench_call_copy FROM '/tmp/"
              + name.replace("'", "")
              + "' WITH (FORMAT csv, HEADER true)");
      long millis = (System.nanoTime() - started) / 1_000_000;
      s.execute("DROP TABLE bench_call_copy");
      return Long.toString(millis);
    }
  }

  /**
   * The billing benchmark's calls, written straight into the table (the import is measured on its
   * own): {@code perLine} answered-or-not FIXED calls of each of the customer's numbers spread over
   * the month, charged with the FIXED tariff, their IDs {@code tag}-number id-n; PostgreSQL only.
   * The customer's numbers and add-ons are first made held since 2026-01-01, so that the month is
   * billed whole. Returns the calls written.
   */
  @POST
  @Path("generate-calls")
  public String generateCalls(
      @QueryParam("customer") String customer,
      @QueryParam("month") String month,
      @QueryParam("perLine") int perLine,
      @QueryParam("tag") String tag)
      throws SQLException {
    java.time.YearMonth m = java.time.YearMonth.parse(month);
    partitions.ensure(java.util.Set.of(m));
    java.time.OffsetDateTime start =
        m.atDay(1).atStartOfDay(jp.selfcare.billing.tariff.Rating.ZONE).toOffsetDateTime();
    try (Connection c = dataSource.getConnection()) {
      for (String heldSince :
          java.util.List.of(
              "UPDATE add_on_period SET first_day = DATE '2026-01-01' WHERE first_day >"
                  + " DATE '2026-01-01' AND ip_number_id IN (SELECT n.id FROM ip_number n"
                  + " JOIN customer u ON u.id = n.customer_id WHERE u.customer_number = ?)",
              "UPDATE number_period SET first_day = DATE '2026-01-01' WHERE first_day >"
                  + " DATE '2026-01-01' AND customer_id = (SELECT id FROM customer"
                  + " WHERE customer_number = ?)")) {
        try (PreparedStatement s = c.prepareStatement(heldSince)) {
          s.setString(1, customer);
          s.executeUpdate();
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO call_record (call_id, started_at, calling_number, called_number,"
                  + " answered, duration_seconds, call_class, ip_number_id, customer_id,"
                  + " tariff_id, charge, import_id)"
                  + " SELECT ? || '-' || n.id || '-' || g,"
                  + " CAST(? AS TIMESTAMPTZ) + ((n.id * 7919 + g * 104729) % ?)"
                  + " * INTERVAL '1 second',"
                  + " n.number, '03' || LPAD(CAST((n.id * 31 + g) % 100000000 AS VARCHAR), 8, '0'),"
                  + " g % 7 <> 0, CASE WHEN g % 7 = 0 THEN 0 ELSE 1 + (n.id + g * 37) % 900 END,"
                  + " 'FIXED', n.id, n.customer_id, t.id,"
                  + " CASE WHEN g % 7 = 0 THEN 0 ELSE CEIL((1 + (n.id + g * 37) % 900)"
                  + " / CAST(t.unit_seconds AS NUMERIC)) * t.price_per_unit END, 0"
                  + " FROM ip_number n JOIN customer u ON u.id = n.customer_id"
                  + " CROSS JOIN generate_series(1, ?) g"
                  + " CROSS JOIN (SELECT id, unit_seconds, price_per_unit FROM tariff"
                  + " WHERE call_class = 'FIXED' ORDER BY id LIMIT 1) t"
                  + " WHERE u.customer_number = ?")) {
        s.setString(1, tag);
        s.setObject(2, start);
        s.setLong(3, (long) m.lengthOfMonth() * 86_400);
        s.setInt(4, perLine);
        s.setString(5, customer);
        int written = s.executeUpdate();
        try (java.sql.Statement analyze = c.createStatement()) {
          analyze.execute("ANALYZE call_record");
        }
        return Integer.toString(written);
      }
    }
  }

  /** Starts the import of a file the way the folder watch does; the job execution's id. */
  @POST
  @Path("start")
  public String start(@QueryParam("file") String file) {
    Properties parameters = new Properties();
    parameters.setProperty(CallRecordImports.FILE, file);
    return Long.toString(BatchRuntime.getJobOperator().start(CallRecordImports.JOB, parameters));
  }

  /**
   * The newest import of a file of that original name: "state loaded already refused unbilled
   * duplicateOf path", or NONE.
   */
  @GET
  @Path("import")
  public String importOf(@QueryParam("name") String name) throws SQLException {
    String found =
        newest(
            name,
            "state || ' ' || COALESCE(CAST(loaded AS VARCHAR(20)), '-') || ' '"
                + " || COALESCE(CAST(already_loaded AS VARCHAR(20)), '-') || ' '"
                + " || COALESCE(CAST(refused AS VARCHAR(20)), '-') || ' '"
                + " || COALESCE(CAST(unbilled AS VARCHAR(20)), '-') || ' '"
                + " || COALESCE(CAST(duplicate_of AS VARCHAR(20)), '-') || ' ' || file_path",
            ResultSet::getString);
    return found == null ? "NONE" : found;
  }

  /** The result file of the newest import of that name (UTF-8, as stored). */
  @GET
  @Path("result")
  public String result(@QueryParam("name") String name) throws SQLException {
    byte[] csv = newest(name, "result_csv", ResultSet::getBytes);
    return csv == null ? "NONE" : new String(csv, StandardCharsets.UTF_8);
  }

  private interface Column<T> {
    T of(ResultSet rs, int index) throws SQLException;
  }

  private <T> T newest(String name, String expression, Column<T> column) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + expression
                    + " FROM call_record_import WHERE file_name = ?"
                    + " ORDER BY begun_at DESC, id DESC")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? column.of(rs, 1) : null;
      }
    }
  }

  private static java.nio.file.Path folder() {
    String configured = System.getProperty("selfcare.billing.call-records.folder");
    return configured != null
        ? java.nio.file.Path.of(configured)
        : java.nio.file.Path.of(
            System.getProperty("jboss.server.data.dir"), "selfcare", "call-records");
  }
}
