package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import java.util.Base64;
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
  private static String incoming(String node, String called, String caller) {
    return RoutingApi.incomingAt(HTTP, node, called, caller);
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
    // one whole minute with both nodes up: each node's timer would have fired in it
    LocalDateTime until = from.plusMinutes(1);
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
          .as("%s: once in the minute, on one node", schedule)
          .isEqualTo(1);
    }
    assertThat(
            count(
                B,
                "SELECT COUNT(DISTINCT node) FROM schedule_firing WHERE"
                    + window
                    + " AND schedule IN ('notice mail', 'call-record folder',"
                    + " 'service-order folder')"))
        .as("a node fired them")
        .isBetween(1L, 2L);
  }

  /** 300 rows forwarding Tokyo numbers 03-5000-0300 … 0599, and after every 60th a bad row. */
  private static String uploadCsv() {
    StringBuilder csv =
        new StringBuilder(
            "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n");
    for (int i = 300; i < 600; i++) {
      csv.append(String.format("0350000%03d", i))
          .append(",1,1,0,0,0,,1,0322220000,,,,0399990000\r\n");
      if (i % 60 == 59) {
        csv.append(String.format("0350000%03d", i)).append(",2,0,0,0,0,,,,,,,\r\n");
      }
    }
    return csv.toString();
  }

  private static String outcome(String node, long operation) {
    return Cluster.call("GET", node + "/it-support/bulk/operation?id=" + operation);
  }

  /**
   * Node A dies — {@code kill -9} — with a user signed in on it, a 一括設定 upload running on it and
   * mails in its queue (the SMTP server down): the user's next click is served by node B, still
   * signed in; node B's backup broker takes A's journal over and B sends each mail once; node B
   * resumes the upload after its last committed chunk and every row is applied exactly once.
   */
  @Test
  @Order(4)
  void aSignedInUserAndARunningUploadSurviveTheDeathOfTheirNode() throws Exception {
    ChromeDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      // a session cookie whose route names node A: the balancer sends the login there
      browser.get(Cluster.BALANCER + "/settings/login.xhtml");
      browser.manage().deleteAllCookies();
      browser.manage().addCookie(new Cookie("JSESSIONID", "unknown.node-a", "/"));
      browser.get(Cluster.BALANCER + "/settings/login.xhtml");
      PortalBrowser.type(browser, "login:loginId", "W000000002");
      PortalBrowser.type(browser, "login:password", "Demo-pass1");
      browser.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
      assertThat(node(browser.manage().getCookieNamed("JSESSIONID"))).isEqualTo("node-a");

      // line 255 is 0350000550's row, in the third chunk of 100: the job waits there on A
      support(A, "/bulk/hold-setting?number=0350000550&seconds=300");
      Thread.sleep(1000); // the hold runs asynchronously: let it take the lock first
      HttpRequest upload =
          HttpRequest.newBuilder(
                  URI.create(A + "/it-support/bulk/upload?as=vg:Y15000001&pw=&dry=false"))
              .header("Content-Type", "text/plain")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      Base64.getEncoder()
                          .encodeToString(uploadCsv().getBytes(StandardCharsets.UTF_8))))
              .build();
      long operation =
          BulkJobs.accepted(HTTP.send(upload, HttpResponse.BodyHandlers.ofString()).body());
      String progress =
          "SELECT COUNT(*) FROM operation WHERE id = " + operation + " AND progress_done = 200";
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> count(B, progress) == 1);
      assertThat(
              count(B, "SELECT COUNT(*) FROM bulk_upload_part WHERE operation_id = " + operation))
          .as("two chunks committed on A, the third waits")
          .isEqualTo(2);

      // five mails queued on A while the SMTP server is down: A's broker keeps them
      for (int i = 1; i <= 5; i++) {
        support(
            A,
            "/mail?id=cluster-it-"
                + i
                + "&to=survivor"
                + i
                + "@example.jp&subject=node-death-"
                + i);
      }
      Thread.sleep(1500); // A tries to send each and puts it back for redelivery

      cluster.kill("node-a");
      GreenMail smtp = new GreenMail(ItSmtp.setup());
      smtp.start();

      browser.findElement(By.id("appMenuForm:menuCallerId")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), "0350000000"));
      assertThat(browser.getCurrentUrl()).doesNotContain("login");
      assertThat(node(browser.manage().getCookieNamed("JSESSIONID")))
          .as("node B serves the session now")
          .isEqualTo("node-b");

      try {
        // B's backup broker takes A's journal over and its messages move to B's broker
        await()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> subjects(smtp).size() >= 5);
        Thread.sleep(3000); // and no second copy follows
        assertThat(subjects(smtp))
            .as("each mail queued on A sent by B, once")
            .containsExactlyInAnyOrder(
                "node-death-1", "node-death-2", "node-death-3", "node-death-4", "node-death-5");
      } finally {
        smtp.stop();
      }

      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> outcome(B, operation).startsWith("COMPLETED"));
      assertThat(outcome(B, operation)).isEqualTo("COMPLETED 300 OK, 5 ERROR");
      assertThat(
              count(
                  B,
                  "SELECT COUNT(*) FROM job_node WHERE node = 'node-a' AND resumed_by = 'node-b'"))
          .as("node B resumed node A's execution")
          .isEqualTo(1);
      assertThat(
              count(
                  B,
                  "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n"
                      + " ON n.id = f.ip_number_id WHERE n.number BETWEEN '0350000300'"
                      + " AND '0350000599' AND f.version = 1 AND f.list1 = '0322220000'"))
          .as("every number's setting replaced exactly once")
          .isEqualTo(300);
      String result =
          new String(
              Base64.getDecoder()
                  .decode(
                      Cluster.call(
                              "GET",
                              B + "/it-support/bulk/result-file-base64?operation=" + operation)
                          .strip()),
              StandardCharsets.UTF_8);
      List<String> lines = result.lines().skip(1).toList();
      assertThat(lines).as("one result row per input row").hasSize(305);
      assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(','))).distinct().count())
          .as("each line once")
          .isEqualTo(305);
    } finally {
      browser.quit();
    }
  }

  /** The subjects of the mails this test queued that the SMTP server received. */
  private static List<String> subjects(GreenMail smtp) throws MessagingException {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      if (mail.getSubject() != null && mail.getSubject().startsWith("node-death-")) {
        subjects.add(mail.getSubject());
      }
    }
    return subjects;
  }

  /** The node a session's route names: {@code id.node-a}. */
  private static String node(Cookie session) {
    assertThat(session).as("a session cookie").isNotNull();
    String value = session.getValue();
    return value.substring(value.lastIndexOf('.') + 1);
  }
}
