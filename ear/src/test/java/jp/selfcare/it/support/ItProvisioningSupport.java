package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
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
import jp.selfcare.provisioning.OrderImports;

/**
 * Order files for the service-order import: written where the tests say (the import folder, or a
 * folder of their own to start the job by hand), and what became of an import as the tests read it.
 */
@RequestScoped
@Path("provisioning")
@Produces(MediaType.TEXT_PLAIN)
public class ItProvisioningSupport {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  /** Writes the body as a file outside the import folder; its absolute path. */
  @POST
  @Path("file")
  public String file(@QueryParam("name") String name, String body) throws IOException {
    java.nio.file.Path folder =
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "it-orders");
    Files.createDirectories(folder);
    java.nio.file.Path file = folder.resolve(name);
    Files.writeString(file, body, StandardCharsets.UTF_8);
    return file.toAbsolutePath().toString();
  }

  /** Drops the body into the import folder (written aside, then renamed, as the feed does). */
  @POST
  @Path("drop")
  public String drop(@QueryParam("name") String name, String body) throws IOException {
    java.nio.file.Path folder = importFolder();
    Files.createDirectories(folder);
    java.nio.file.Path part = folder.resolve(name + ".part");
    Files.writeString(part, body, StandardCharsets.UTF_8);
    return Files.move(part, folder.resolve(name)).toString();
  }

  /** Starts the import of a file the way the folder watch does; the job execution's id. */
  @POST
  @Path("start")
  public String start(@QueryParam("file") String file) {
    Properties parameters = new Properties();
    parameters.setProperty(OrderImports.FILE, file);
    return Long.toString(BatchRuntime.getJobOperator().start(OrderImports.JOB, parameters));
  }

  /** "RUNNING" until the execution ended, then its batch status and exit status. */
  @GET
  @Path("execution")
  public String execution(@QueryParam("id") long id) {
    JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
    BatchStatus status = execution.getBatchStatus();
    return status == BatchStatus.STARTING || status == BatchStatus.STARTED
        ? "RUNNING"
        : status + " " + execution.getExitStatus();
  }

  /**
   * How long an ended execution ran, from its start to its end as the job repository has them (s).
   */
  @GET
  @Path("execution-seconds")
  public String executionSeconds(@QueryParam("id") long id) {
    JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
    return Double.toString(
        (execution.getEndTime().getTime() - execution.getStartTime().getTime()) / 1000.0);
  }

  /** The import of an order file (by its original name, newest): "state filePath". */
  @GET
  @Path("import")
  public String importOf(@QueryParam("name") String name) throws SQLException {
    String found = newest(name, "state || ' ' || file_path", ResultSet::getString);
    return found == null ? "NONE" : found;
  }

  /** The result file of the newest import of that name (UTF-8, as stored). */
  @GET
  @Path("result")
  public String result(@QueryParam("name") String name) throws SQLException {
    byte[] csv = newest(name, "result_csv", ResultSet::getBytes);
    return csv == null ? "NONE" : new String(csv, StandardCharsets.UTF_8);
  }

  /** A column of a result set. */
  private interface Column<T> {
    T of(ResultSet rs, int index) throws SQLException;
  }

  /** One value of the newest import of an order file of that name; null when there is none. */
  private <T> T newest(String name, String expression, Column<T> column) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT "
                    + expression
                    + " FROM order_import WHERE file_name = ? ORDER BY started_at DESC, id DESC")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? column.of(rs, 1) : null;
      }
    }
  }

  /**
   * The benchmark's baseline: a plain JDBC batch insert of the rows a numbers order of {@code
   * count} numbers from {@code first} would insert (same columns, values and sealed SIP passwords,
   * a table of the same shape with its unique number index), in ms.
   */
  @POST
  @Path("jdbc-batch")
  public String jdbcBatch(@QueryParam("first") long first, @QueryParam("count") int count)
      throws SQLException {
    jp.selfcare.persistence.SecretBox secrets = jp.selfcare.persistence.SecretBox.configured();
    try (Connection c = dataSource.getConnection()) {
      try (var s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS bench_ip_number");
        s.execute(
            "CREATE TABLE bench_ip_number (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " number VARCHAR(11) NOT NULL UNIQUE, number_type VARCHAR(10) NOT NULL,"
                + " contract_id BIGINT NOT NULL, basic_number_id BIGINT, channel_count INTEGER,"
                + " sip_id VARCHAR(64), sip_password VARCHAR(200), ao_message_box BOOLEAN NOT NULL,"
                + " ao_nuisance_blocking BOOLEAN NOT NULL, ao_anonymous_rejection BOOLEAN NOT NULL,"
                + " ao_specific_presentation BOOLEAN NOT NULL, ao_bulk_forwarding BOOLEAN NOT NULL,"
                + " ao_specific_destination BOOLEAN NOT NULL, ao_members_net BOOLEAN NOT NULL,"
                + " presented_number VARCHAR(11), destination_number VARCHAR(11),"
                + " version BIGINT NOT NULL)");
      }
      long started = System.nanoTime();
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO bench_ip_number (number, number_type, contract_id, basic_number_id,"
                  + " channel_count, sip_id, sip_password, ao_message_box, ao_nuisance_blocking,"
                  + " ao_anonymous_rejection, ao_specific_presentation, ao_bulk_forwarding,"
                  + " ao_specific_destination, ao_members_net, presented_number,"
                  + " destination_number, version)"
                  + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE,"
                  + " NULL, NULL, 0)")) {
        for (int i = 0; i < count; i++) {
          String number = "0" + (first + i);
          boolean basic = i % 10 == 0;
          insert.setString(1, number);
          insert.setString(2, basic ? "BASIC" : "DIAL_IN");
          if (basic) {
            insert.setNull(3, java.sql.Types.BIGINT);
            insert.setInt(4, 4);
            insert.setString(5, "sip" + number);
            insert.setString(6, secrets.seal("pw-" + number));
          } else {
            insert.setLong(3, 1);
            insert.setNull(4, java.sql.Types.INTEGER);
            insert.setNull(5, java.sql.Types.VARCHAR);
            insert.setNull(6, java.sql.Types.VARCHAR);
          }
          insert.setBoolean(7, i % 4 == 1);
          insert.addBatch();
          if ((i + 1) % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      try (var s = c.createStatement()) {
        s.execute("DROP TABLE bench_ip_number");
      }
      return Long.toString(millis);
    }
  }

  /** Whether a file exists on the server. */
  @GET
  @Path("exists")
  public String exists(@QueryParam("path") String path) {
    return Boolean.toString(Files.isRegularFile(java.nio.file.Path.of(path)));
  }

  private static java.nio.file.Path importFolder() {
    String configured = System.getProperty("selfcare.provisioning.folder");
    return configured != null
        ? java.nio.file.Path.of(configured)
        : java.nio.file.Path.of(
            System.getProperty("jboss.server.data.dir"), "selfcare", "service-orders");
  }
}
