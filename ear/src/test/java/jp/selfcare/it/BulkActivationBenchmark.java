package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (benchmarks/run-bulk.sh runs it; the test command skips it): 一括転送 of 1,000
 * numbers, from the 開始 request to the group's state 開始 — by then every member's routing decision
 * has changed, which is then checked for all 1,000 (not timed). 10 starts and 10 stops; prints p50
 * / p95 / max of each.
 */
@ExtendWith(ArquillianExtension.class)
class BulkActivationBenchmark {

  private static final String AS = "vg:Y15000001";
  private static final int RUNS = 10;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static List<String> members() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      numbers.add(String.format("0350000%03d", i));
    }
    for (int i = 0; i < 400; i++) {
      numbers.add(String.format("0350010%03d", i));
    }
    return numbers;
  }

  private static String state(long group) {
    return Urls.get(Urls.SUPPORT + "/bulk/state?group=" + group).body();
  }

  private static long timed(long group, String activation, String until) throws Exception {
    long started = System.nanoTime();
    assertThat(support("/bulk/activate?as=" + AS + "&group=" + group + "&activation=" + activation))
        .startsWith("OK ");
    while (!state(group).equals(until)) {
      Thread.sleep(5);
    }
    return System.nanoTime() - started;
  }

  @Test
  void thousandNumbers() throws Exception {
    List<String> members = members();
    StringBuilder csv =
        new StringBuilder(
            "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n");
    for (String n : members) {
      csv.append(n).append(",0,0,0,0,0,,,,,,,0399990000\r\n");
    }
    long upload =
        BulkJobs.accepted(
            BulkJobs.upload(AS, csv.toString().getBytes(StandardCharsets.UTF_8), false));
    while (!Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + upload)
        .body()
        .startsWith("COMPLETED")) {
      Thread.sleep(100);
    }
    String registered =
        support(
            "/bulk/register?as="
                + AS
                + "&site=1000001&name=BENCH&numbers="
                + String.join(",", members));
    assertThat(registered).startsWith("OK ");
    long group = Long.parseLong(registered.substring(3));

    List<Long> starts = new ArrayList<>();
    List<Long> stops = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      starts.add(timed(group, "START", "STARTED"));
      if (run == 0) {
        for (String n : members) {
          assertThat(
                  Urls.get(Urls.SUPPORT + "/routing/incoming?called=" + n + "&caller=0311112222")
                      .body())
              .isEqualTo("FORWARD BULK 0399990000");
        }
      }
      stops.add(timed(group, "STOP", "STOPPED"));
    }
    print("start (開始 request -> state 開始, 1,000 members)", starts);
    print("stop (停止 request -> state 停止, 1,000 members)", stops);
    support("/bulk/delete?as=" + AS + "&group=" + group);
  }

  private static void print(String what, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    System.out.printf(
        "%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d runs%n",
        what,
        sorted.get((int) Math.ceil(0.5 * sorted.size()) - 1) / 1e6,
        sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6,
        sorted.size());
  }
}
