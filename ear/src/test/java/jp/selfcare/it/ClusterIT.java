package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The same EAR on two WildFly nodes of the HA profile behind WildFly's load balancer, on one
 * PostgreSQL (docs/cluster.md): a change made on node A decides calls on node B within the second;
 * nuisance rejections arriving at both nodes are all counted; every scheduled job fires once per
 * minute with both nodes up, not once per node; a user signed in through the balancer keeps working
 * when the node that served them is killed. Runs last, with the servers of its own that {@link
 * Cluster} starts (the cluster profile of the tests).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String A = Cluster.NODES.get("node-a");
  private static final String B = Cluster.NODES.get("node-b");

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static Cluster cluster;

  /** When both nodes served the application. */
  private static LocalDateTime bothUp;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = Cluster.start();
    bothUp = LocalDateTime.now();
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A support call (they change or look, so they are POSTs). */
  private static String support(String node, String path) {
    return Cluster.call("POST", node + "/it-support" + path);
  }

  /** This node's routing cache: version, awaited changes, the log's newest entry, node name. */
  private static String[] version(String node) {
    return Cluster.call("GET", node + "/it-support/routing-changes/version").split(" ");
  }

  private static long count(String node, String sql) {
    return Long.parseLong(
        Cluster.call(
                "GET",
                node + "/it-support/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))
            .strip());
  }

  /** The routing API's answer on one node ({@code "action"} and what follows, as JSON). */
  private static String incoming(String node, String called, String caller) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(node + "/api/routing/v1/incoming"))
            .header("Content-Type", "application/json")
            .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"called\":\""
                        + called
                        + "\",\"caller\":\""
                        + caller
                        + "\",\"presentation\":\"NUMBER\"}"))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String forwarding(String number, boolean forward, String destination) {
    return support(
        A,
        "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
            + number
            + "&forward="
            + forward
            + "&modes=U&lists="
            + destination
            + ",,,,&target=LIST_1");
  }

  @Test
  @Order(1)
  void aChangeOnNodeADecidesCallsOnNodeB() throws Exception {
    String number = "0456000097";
    assertThat(incoming(B, number, "0312345678")).contains("\"action\":\"RING\"");
    List<Long> millis = new ArrayList<>();
    for (int change = 0; change < 20; change++) {
      int i = change;
      boolean forward = i % 2 == 0;
      String destination = String.format("03-1234-%04d", i);
      long started = System.nanoTime();
      assertThat(forwarding(number, forward, destination)).startsWith("OK ");
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(5))
          .untilAsserted(
              () ->
                  assertThat(incoming(B, number, "0312345678"))
                      .as("change %d decided on node B", i)
                      .contains(
                          forward
                              ? "\"destination\":\"" + destination.replace("-", "") + "\""
                              : "\"action\":\"RING\""));
      millis.add((System.nanoTime() - started) / 1_000_000);
    }
    Collections.sort(millis);
    // for the reader of the test report; the distribution is the benchmark's (docs/benchmarks.md)
    System.out.println(
        "[cluster] change on A to decision on B, ms (with the change itself): " + millis);
    String[] a = version(A);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(Long.parseLong(version(B)[0]))
                    .as("node B's version reached node A's change")
                    .isGreaterThanOrEqualTo(Long.parseLong(a[2])));
  }

  @Test
  @Order(2)
  void rejectionsArrivingAtBothNodesAreAllCounted() throws Exception {
    String[] listed = support(A, "/nuisance/search?as=vg:Y15000001&part=03500000").split(" ");
    String number = listed[1];
    // the number's rejections of every month (the support answers COUNT queries only)
    String rejected =
        "SELECT COUNT(*) FROM generate_series(1, (SELECT COALESCE(SUM(c.rejections), 0)"
            + " FROM nuisance_rejection_count c JOIN ip_number n ON n.id = c.ip_number_id"
            + " WHERE n.number = '"
            + number
            + "'))";
    long before = count(A, rejected);

    for (int i = 0; i < 10; i++) {
      assertThat(incoming(A, number, "0312340001")).contains("NUISANCE");
      assertThat(incoming(B, number, "0312340001")).contains("NUISANCE");
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(count(B, rejected)).isEqualTo(before + 20));
  }

  @Test
  @Order(3)
  void everyScheduleFiresOncePerMinuteWithBothNodesUp() throws Exception {
    LocalDateTime from = bothUp.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDateTime until = from.plusMinutes(2);
    long wait = Duration.between(LocalDateTime.now(), until.plusSeconds(15)).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    String window =
        " fired_at >= TIMESTAMP '"
            + from.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ')
            + "' AND fired_at < TIMESTAMP '"
            + until.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ')
            + "'";
    for (String schedule : List.of("notice mail", "call-record folder", "service-order folder")) {
      assertThat(
              count(
                  A,
                  "SELECT COUNT(*) FROM schedule_firing WHERE schedule = '"
                      + schedule
                      + "' AND"
                      + window))
          .as("%s: once in each of the two minutes, on one node", schedule)
          .isEqualTo(2);
    }
    assertThat(
            count(
                B,
                "SELECT COUNT(DISTINCT node) FROM schedule_firing WHERE"
                    + window
                    + " AND schedule IN ('notice mail', 'call-record folder',"
                    + " 'service-order folder')"))
        .as("the nodes fired them")
        .isBetween(1L, 2L);
  }

  @Test
  @Order(4)
  void aSignedInUserKeepsWorkingWhenTheirNodeIsKilled() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      browser.get(Cluster.BALANCER + "/settings/login.xhtml");
      PortalBrowser.type(browser, "login:loginId", "W000000002");
      PortalBrowser.type(browser, "login:password", "Demo-pass1");
      browser.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
      String served = node(browser.manage().getCookieNamed("JSESSIONID"));

      cluster.kill(served);

      browser.findElement(By.id("appMenuForm:menuCallerId")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), "0350000000"));
      assertThat(browser.getCurrentUrl()).doesNotContain("login");
      assertThat(node(browser.manage().getCookieNamed("JSESSIONID")))
          .as("the other node serves the session now")
          .isNotEqualTo(served);
    } finally {
      browser.quit();
    }
  }

  /** The node a session's route names: {@code id.node-a}. */
  private static String node(Cookie session) {
    assertThat(session).as("a session cookie").isNotNull();
    String value = session.getValue();
    return value.substring(value.lastIndexOf('.') + 1);
  }
}
