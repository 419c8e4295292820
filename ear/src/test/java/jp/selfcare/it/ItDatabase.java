package jp.selfcare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import jp.selfcare.routing.RoutingApiKeys;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the integration tests' database before the first test starts the server: PostgreSQL when
 * it answers on 127.0.0.1:5432 (a fresh {@code selfcare_it} database each run), H2 in a fresh data
 * folder otherwise. The choice, the demo data and the test mail settings reach the server as system
 * properties through {@code it.server.args} in arquillian.xml.
 */
public class ItDatabase implements LauncherSessionListener {

  static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  /** The database of the run; the empty-system tests have one of their own. */
  static final String PG_DATABASE = System.getProperty("it.pg.database", "selfcare_it");

  static final String PG_USER = System.getProperty("it.pg.user", "postgres");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("it.server.args") != null) {
      return;
    }
    Path data = Paths.get(System.getProperty("it.server.data", "target/it-server-data"));
    deleteRecursively(data);
    StringBuilder args = new StringBuilder();
    args.append(" -Djboss.server.data.dir=").append(data.toAbsolutePath());
    args.append(" -Djboss.server.log.dir=").append(beside(data, "log"));
    args.append(" -Djboss.server.config.dir=").append(operatorConfig(data));
    // benchmarks run on the large set: -Dit.demo=large
    args.append(" -Dselfcare.demo=").append(System.getProperty("it.demo", "standard"));
    if (!"large".equals(System.getProperty("it.demo"))) {
      // the tests' files are small: chunks of 100 rows make them cross chunk boundaries
      args.append(" -Dselfcare.bulk.upload.chunk-size=100");
    }
    // A fixed test key for the secrets encrypted at rest (never used outside the tests).
    args.append(" -Dselfcare.secret-key=dGVzdC1vbmx5LWtleS1mb3ItdGhlLWl0cy0zMmJ5dGU=");
    // A validity the operator changed (the spec's default is 30 minutes): SettingsLoginIT checks
    // that the mail and the expiry follow the configuration.
    args.append(" -Dselfcare.validity.settings-code=PT20M");
    // Lets lockout and expiry tests move the server's clock instead of sleeping.
    args.append(" -Dselfcare.clock.shiftable=true");
    // The call servers' API key of the tests: the server knows only its SHA-256.
    args.append(" -Dselfcare.routing.api-key-hashes=")
        .append(HexFormat.of().formatHex(RoutingApiKeys.sha256(ROUTING_API_KEY)));
    args.append(" -Dselfcare.smtp.port=").append(ItSmtp.PORT);
    // Quick redelivery so the SMTP-outage test sees retries within seconds, and enough
    // attempts that a short outage never reaches the dead-letter queue.
    args.append(" -Dselfcare.mail.redelivery-delay=500 -Dselfcare.mail.redelivery-multiplier=1.0");
    args.append(" -Dselfcare.mail.max-delivery-attempts=200");
    boolean forceH2 = "h2".equalsIgnoreCase(System.getProperty("it.db", "auto"));
    if (!forceH2 && postgresAnswers()) {
      recreatePostgresDatabase();
      args.append(" -Dselfcare.db.driver=postgresql")
          .append(" -Dselfcare.db.url=jdbc:postgresql://127.0.0.1:5432/")
          .append(PG_DATABASE)
          // the production setting (docs/operations.md): the driver sends a batch of inserts as
          // multi-row statements
          .append("?reWriteBatchedInserts=true")
          .append(" -Dselfcare.db.user=")
          .append(PG_USER)
          .append(" -Dselfcare.db.password=unused");
      System.out.println("[IT] database: PostgreSQL 127.0.0.1:5432/" + PG_DATABASE);
    } else {
      System.out.println(
          "[IT] database: H2"
              + (forceH2 ? " (-Dit.db=h2)" : " (PostgreSQL does not answer on 127.0.0.1:5432)"));
    }
    // extra server JVM options for a profiling run, e.g. -Dit.server.extra=-XX:StartFlightRecording
    args.append(' ').append(System.getProperty("it.server.extra", ""));
    System.setProperty("it.server.args", args.toString());
  }

  /** The routing API key the tests' call servers present. */
  static final String ROUTING_API_KEY = "it-routing-key-0123456789";

  /** A folder beside the data folder (it-server-data → it-server-log), one set per server. */
  private static Path beside(Path data, String what) {
    String name = data.getFileName().toString();
    return data.toAbsolutePath()
        .resolveSibling(
            name.endsWith("-data")
                ? name.substring(0, name.length() - 4) + what
                : name + "-" + what);
  }

  /** The operators' test login for /operator/* (an application user in the operator role). */
  static final String OPERATOR = "it-operator";

  static final String OPERATOR_PASSWORD = "It-operator-1";

  /** A second test operator whose password a test guesses until the realm locks it out. */
  static final String GUESSED_OPERATOR = "it-operator-guessed";

  /**
   * A copy of the provisioned server's configuration with a test operator added, so the provisioned
   * server itself never holds a test login.
   */
  private static Path operatorConfig(Path data) {
    Path home = Paths.get(System.getProperty("jboss.home"));
    Path config = beside(data, "config");
    deleteRecursively(config);
    try {
      copyFolder(home.resolve("standalone/configuration"), config);
      for (String user : List.of(OPERATOR, GUESSED_OPERATOR)) {
        Process addUser =
            new ProcessBuilder(
                    home.resolve("bin/add-user.sh").toString(),
                    "-a",
                    "-sc",
                    config.toString(),
                    "-u",
                    user,
                    "-p",
                    OPERATOR_PASSWORD,
                    "-g",
                    "operator",
                    "-s")
                .inheritIO()
                .start();
        if (addUser.waitFor() != 0) {
          throw new IllegalStateException("add-user.sh failed for the test operator " + user);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return config;
  }

  static boolean postgresAnswers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void recreatePostgresDatabase() {
    recreatePostgresDatabase(PG_DATABASE);
  }

  /** Drops the database if it exists and makes it again, empty. */
  static void recreatePostgresDatabase(String database) {
    try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, PG_USER, "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL answers but the IT database cannot be made", e);
    }
  }

  /** Copies a folder with everything in it to {@code to}, which must not exist yet. */
  static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = to.resolve(from.relativize(file));
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }

  static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
