package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nuisance rejection counts are exact (spec 50-routing.md): a burst of concurrent rejections over
 * the API adds exactly one per call to the month's count, and rejections answered just before a
 * server restart — graceful, or a kill -9 — are all counted after it, none twice.
 */
@ExtendWith(ArquillianExtension.class)
class RejectionCountIT {

  private static final String BLOCKED = "0399990777";

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  /** A 東京本社 number with the nuisance contract that blocks {@link #BLOCKED}. */
  private static String blockingNumber(int index) {
    String number = support("/nuisance/search?as=vg:Y15000001&part=03500000").split(" ")[index];
    assertThat(support("/nuisance/apply?as=vg:Y15000001&number=" + number + "&list=" + BLOCKED))
        .startsWith("OK ");
    return number;
  }

  private static long counted(String number) {
    return Long.parseLong(
        Urls.get(Urls.SUPPORT + "/settings-site/rejections?number=" + number).body());
  }

  private static String reject(HttpClient http, String number) {
    return RoutingApi.incoming(http, number, BLOCKED);
  }

  private static void burst(String number, int calls) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        answers.add(pool.submit(() -> reject(http, number)));
      }
      for (Future<String> answer : answers) {
        assertThat(answer.get()).isEqualTo("{\"action\":\"REJECT\",\"reason\":\"NUISANCE\"}");
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Waits for the count to reach {@code expected}, then checks it stays there. */
  private static void assertCountedOnce(String number, long expected) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> counted(number) >= expected);
    assertThat(counted(number)).as("none lost, none twice").isEqualTo(expected);
  }

  @Test
  void aConcurrentBurstIsCountedExactly() throws Exception {
    String number = blockingNumber(6);
    long before = counted(number);

    burst(number, 300);

    assertCountedOnce(number, before + 300);
  }

  @Test
  void rejectionsJournaledBeforeARestartAreCountedAfterIt() throws Exception {
    String number = blockingNumber(7);
    long before = counted(number);
    String boot = Boots.current();

    burst(number, 100);
    management.getControllerClient().execute(Operations.createOperation("reload"));
    Boots.awaitNext(boot);

    assertCountedOnce(number, before + 100);
  }

  @Test
  void rejectionsAnsweredBeforeAKillAreCountedAfterTheRestart() throws Exception {
    String number = blockingNumber(8);
    long before = counted(number);
    String boot = Boots.current();

    burst(number, 200);
    ServerKill.killAndRestart(management);
    Boots.awaitNext(boot);

    assertCountedOnce(number, before + 200);
  }
}
