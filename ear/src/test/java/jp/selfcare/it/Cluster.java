package jp.selfcare.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.routing.RoutingApiKeys;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The cluster the cluster tests run against, started the way {@code ./run.sh cluster} starts it:
 * WildFly's load balancer (port 8080), node A (offset 100: 8180) and node B (offset 200: 8280) of
 * {@code standalone-cluster.xml}, each with a base directory of its own under {@code
 * target/cluster-it}, on a fresh PostgreSQL database; node A loads the standard demo data and
 * deploys first. Each server runs in a process group of its own, so {@link #kill} is a real {@code
 * kill -9} of the server and its start script.
 */
final class Cluster implements AutoCloseable {

  static final String DATABASE = "selfcare_cluster_it";

  static final String BALANCER = "http://localhost:8080";

  /** The nodes by name, with their HTTP base address. */
  static final Map<String, String> NODES =
      Map.of("node-a", "http://localhost:8180", "node-b", "http://localhost:8280");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path home = Paths.get(System.getProperty("jboss.home"));
  private final Path dir = Paths.get(System.getProperty("it.cluster.dir", "target/cluster-it"));
  private final Map<String, Process> servers = new LinkedHashMap<>();

  /** Starts the balancer and both nodes and waits until both serve the application. */
  static Cluster start() throws IOException, InterruptedException {
    if (!ItDatabase.postgresAnswers()) {
      throw new IllegalStateException(
          "the cluster tests need PostgreSQL on 127.0.0.1:5432 (the nodes share one database)");
    }
    ItDatabase.recreatePostgresDatabase(DATABASE);
    Cluster cluster = new Cluster();
    cluster.prepare();
    cluster.startBalancer();
    cluster.startNode("node-a", 100, "standard");
    cluster.startNode("node-b", 200, "none");
    return cluster;
  }

  private void prepare() throws IOException {
    ItDatabase.deleteRecursively(dir);
    Files.createDirectories(dir);
    for (String server : List.of("balancer", "node-a", "node-b")) {
      ItDatabase.copyFolder(home.resolve("standalone"), dir.resolve(server));
      for (String gone : List.of("data", "log", "tmp")) {
        ItDatabase.deleteRecursively(dir.resolve(server).resolve(gone));
      }
    }
    Deployments.selfcareWithTestSupport()
        .as(ZipExporter.class)
        .exportTo(dir.resolve("selfcare.ear").toFile(), true);
  }

  private void startBalancer() throws IOException {
    servers.put(
        "balancer",
        launch("balancer", "-Xms64m -Xmx256m", List.of("-c", "standalone-load-balancer.xml")));
  }

  private void startNode(String node, int offset, String demo)
      throws IOException, InterruptedException {
    Path base = dir.resolve(node);
    Files.copy(dir.resolve("selfcare.ear"), base.resolve("deployments/selfcare.ear"));
    List<String> args = new ArrayList<>();
    args.add("-c");
    args.add("standalone-cluster.xml");
    args.add("-Djboss.node.name=" + node);
    args.add("-Djboss.socket.binding.port-offset=" + offset);
    args.add("-Dselfcare.cluster.password=cluster-it-password");
    // each broker's journal in the database, and the other node's journal as its backup
    args.add("-Dselfcare.cluster.journal.own=" + node.replace('-', '_'));
    args.add("-Dselfcare.cluster.journal.peer=" + (node.equals("node-a") ? "node_b" : "node_a"));
    // quick redelivery while the tests' SMTP server is down, and patience enough
    args.add("-Dselfcare.mail.redelivery-delay=500");
    args.add("-Dselfcare.mail.redelivery-multiplier=1.0");
    args.add("-Dselfcare.mail.max-delivery-attempts=200");
    args.add("-Dselfcare.demo=" + demo);
    // the tests' files are small: chunks of 100 rows make them cross chunk boundaries
    args.add("-Dselfcare.bulk.upload.chunk-size=100");
    args.add("-Dselfcare.secret-key=dGVzdC1vbmx5LWtleS1mb3ItdGhlLWl0cy0zMmJ5dGU=");
    args.add(
        "-Dselfcare.routing.api-key-hashes="
            + HexFormat.of().formatHex(RoutingApiKeys.sha256(ItDatabase.ROUTING_API_KEY)));
    args.add("-Dselfcare.smtp.port=" + ItSmtp.PORT);
    args.add("-Dselfcare.db.driver=postgresql");
    args.add(
        "-Dselfcare.db.url=jdbc:postgresql://127.0.0.1:5432/"
            + DATABASE
            + "?reWriteBatchedInserts=true");
    args.add("-Dselfcare.db.user=" + ItDatabase.PG_USER);
    args.add("-Dselfcare.db.password=unused");
    servers.put(node, launch(node, "-Xms256m -Xmx1g", args));
    awaitDeployed(node, base);
  }

  private Process launch(String server, String heap, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    // a process group of its own: kill -9 reaches the start script and the server it runs
    command.add("setsid");
    command.add(home.resolve("bin/standalone.sh").toString());
    command.addAll(args);
    command.add("-Djboss.server.base.dir=" + dir.resolve(server));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(server + ".out").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("JAVA_OPTS", heap + " -Djava.net.preferIPv4Stack=true");
    return builder.start();
  }

  private void awaitDeployed(String node, Path base) throws InterruptedException {
    Path deployments = base.resolve("deployments");
    Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(deployments.resolve("selfcare.ear.failed"))) {
        throw new IllegalStateException(node + ": deployment failed, see " + base + "/log");
      }
      if (!servers.get(node).isAlive()) {
        throw new IllegalStateException(node + " stopped, see " + dir.resolve(node + ".out"));
      }
      if (Files.exists(deployments.resolve("selfcare.ear.deployed"))
          && status(NODES.get(node) + "/ready") == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(node + " was not ready in 8 minutes");
  }

  /** {@code kill -9} of the node's server (its whole process group), as a crash would. */
  void kill(String node) throws IOException, InterruptedException {
    Process server = servers.get(node);
    new ProcessBuilder("kill", "-9", "--", "-" + server.pid()).inheritIO().start().waitFor();
    server.waitFor();
  }

  /** The HTTP status of a GET, or 0 when nothing answers. */
  static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** A GET's or POST's body from a node, failing on anything but 200. */
  static String call(String method, String url) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(30))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops every server that still runs (SIGTERM to its group, SIGKILL after 30 s). */
  @Override
  public void close() throws IOException, InterruptedException {
    for (Process server : servers.values()) {
      if (server.isAlive()) {
        new ProcessBuilder("kill", "--", "-" + server.pid()).inheritIO().start().waitFor();
      }
    }
    for (Process server : servers.values()) {
      if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        new ProcessBuilder("kill", "-9", "--", "-" + server.pid()).inheritIO().start().waitFor();
      }
    }
  }
}
