package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster's figures (docs/benchmarks.md; run with {@code benchmarks/run-cluster.sh}): how long
 * a change committed on node A takes to decide calls on node B, over 1,000 changes; and decisions
 * per second through the balancer with two nodes, then with one, in the same run (wrk).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterBenchmark {

  private static final String A = Cluster.NODES.get("node-a");
  private static final String B = Cluster.NODES.get("node-b");
  private static final String NUMBER = "0456000097";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Cluster cluster;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = Cluster.start();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static String decision(String node) {
    return RoutingApi.incomingAt(HTTP, node, NUMBER, "0312345678");
  }

  /** Nanoseconds from the change's commit on A (its call returned) to B deciding by it. */
  private static long change(int i) throws Exception {
    String destination = String.format("031234%04d", i);
    String answer =
        Cluster.call(
            "POST",
            A
                + "/it-support/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                + NUMBER
                + "&forward=true&modes=U&lists="
                + destination
                + ",,,,&target=LIST_1");
    long committed = System.nanoTime();
    assertThat(answer).startsWith("OK ");
    String expected = "\"destination\":\"" + destination + "\"";
    while (!decision(B).contains(expected)) {
      // half a millisecond between asks: a tight loop would take the cores node B needs
      java.util.concurrent.locks.LockSupport.parkNanos(500_000);
      if (System.nanoTime() - committed > Duration.ofSeconds(30).toNanos()) {
        throw new AssertionError("change " + i + " not decided on B in 30 s");
      }
    }
    return System.nanoTime() - committed;
  }

  @Test
  @Order(1)
  void changeOnAVisibleOnB() throws Exception {
    for (int i = 0; i < 100; i++) {
      change(9000 + i);
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      nanos.add(change(i));
    }
    Collections.sort(nanos);
    System.out.printf(
        "== change on A -> decision on B over %d changes: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms%n",
        nanos.size(),
        nanos.get(499) / 1e6,
        nanos.get(899) / 1e6,
        nanos.get(989) / 1e6,
        nanos.get(999) / 1e6);
    System.out.println(
        "== node B's own meter (another node's change, written there to applied here), recent"
            + " window: "
            + Cluster.call("GET", "http://localhost:10190/metrics")
                .lines()
                .filter(l -> l.startsWith("selfcare_routing_cache_propagation"))
                .toList());
  }

  private static String wrk(String url, String duration) throws Exception {
    Path script = Paths.get(System.getProperty("it.benchmarks", "../benchmarks"), "decision.lua");
    ProcessBuilder builder =
        new ProcessBuilder(
                "wrk", "-t2", "-c64", "-d" + duration, "--latency", "-s", script.toString(), url)
            .redirectErrorStream(true);
    builder.environment().put("API_KEY", ItDatabase.ROUTING_API_KEY);
    Process wrk = builder.start();
    String out = new String(wrk.getInputStream().readAllBytes());
    wrk.waitFor();
    return out;
  }

  private static String requestsPerSecond(String report) {
    return report
        .lines()
        .filter(l -> l.startsWith("Requests/sec") || l.contains("99%") || l.contains("50%"))
        .map(String::strip)
        .reduce((a, b) -> a + " | " + b)
        .orElse(report);
  }

  @Test
  @Order(2)
  void decisionsPerSecondThroughTheBalancerTwoNodesThenOne() throws Exception {
    assertThat(Files.exists(Paths.get("/usr/bin/wrk")))
        .as("wrk (benchmarks/run-cluster.sh installs it)")
        .isTrue();
    String url = Cluster.BALANCER + "/api/routing/v1/incoming";
    wrk(url, "15s");
    String two = wrk(url, "30s");
    System.out.println("== balancer, two nodes: " + requestsPerSecond(two));

    cluster.kill("node-b");
    wrk(url, "15s"); // the balancer takes node B out; its errors fall in the warm-up
    String one = wrk(url, "30s");
    System.out.println("== balancer, one node: " + requestsPerSecond(one));
    wrk(A + "/api/routing/v1/incoming", "10s");
    String direct = wrk(A + "/api/routing/v1/incoming", "30s");
    System.out.println("== node A directly: " + requestsPerSecond(direct));
    System.out.println(two + "\n" + one + "\n" + direct);
  }
}
