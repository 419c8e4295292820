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
 * Benchmark, not a test (benchmarks/run-csv.sh runs it on the large demo set; the test command
 * skips it). Uploads of the large voice group's 98,000 numbers, every row valid and changing its
 * number's setting: two warm-ups (the server's JIT compiles the job's code), then five measured
 * runs, alternating two destinations so each run changes every row. Then the heap: the live heap
 * (after a full collection, sampled every second) during an upload of 20,000 rows and one of 98,000
 * — flat means the same, not five times more. Then a plain JDBC batch insert of as many rows for
 * comparison, and two downloads of the same numbers (the second measured).
 */
@ExtendWith(ArquillianExtension.class)
class CsvUploadBenchmark {

  private static final String AS = "vg:Y15000003";
  private static final int SITES = 98;
  private static final int PER_SITE = 1000;
  private static final int ROWS = SITES * PER_SITE;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  /** One upload's figures. */
  private record Run(double seconds, double jobSeconds, String outcome, List<Long> heap) {

    double rowsPerSecond(int rows) {
      return rows / seconds;
    }
  }

  @Test
  void uploadAndDownloadOfTheLargeSet() throws Exception {
    for (String destination : new String[] {"0311110000", "0311114444"}) {
      Run warmUp = upload(csv(SITES, destination), false);
      System.out.printf(
          "warm-up upload: %d rows, %s, %.1f s: %.0f rows/s%n",
          ROWS, warmUp.outcome(), warmUp.seconds(), warmUp.rowsPerSecond(ROWS));
    }
    List<Double> rates = new ArrayList<>();
    List<Long> heap = new ArrayList<>();
    String[] destinations = {"0311112222", "0311110000", "0311112222", "0311110000", "0311112222"};
    for (String destination : destinations) {
      Run run = upload(csv(SITES, destination), false);
      assertThat(run.outcome()).isEqualTo("COMPLETED " + ROWS + " OK, 0 ERROR");
      rates.add(run.rowsPerSecond(ROWS));
      heap.addAll(run.heap());
      System.out.printf(
          "upload: %d rows, %s, %.2f s from request to done (job %.1f s): %.0f rows/s%n",
          ROWS, run.outcome(), run.seconds(), run.jobSeconds(), run.rowsPerSecond(ROWS));
    }
    Collections.sort(rates);
    System.out.printf(
        "upload median of %d runs: %.0f rows/s (min %.0f, max %.0f)%n",
        rates.size(), rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1));
    print("heap in use during the measured uploads (sampled every 200 ms)", heap);

    Run small = upload(csv(20, "0311113333"), true);
    Run large = upload(csv(SITES, "0311113333"), true);
    print("live heap during an upload of 20,000 rows (after full GC, every 1 s)", small.heap());
    print("live heap during an upload of 98,000 rows (after full GC, every 1 s)", large.heap());

    long jdbcMillis = Long.parseLong(support("/bulk/jdbc-batch?rows=" + ROWS));
    double median = rates.get(rates.size() / 2);
    System.out.printf(
        "plain JDBC batch insert of %d rows: %d ms (%.0f rows/s); upload (median) is %.1f x"
            + " slower%n",
        ROWS, jdbcMillis, ROWS / (jdbcMillis / 1000.0), (ROWS / median) / (jdbcMillis / 1000.0));

    for (int i = 1; i <= 2; i++) {
      List<Long> downloadHeap = new ArrayList<>();
      long downloadStarted = System.nanoTime();
      String download = support("/bulk/download?as=" + AS + "&site=&part=");
      assertThat(download).startsWith("OK ");
      awaitDone(Long.parseLong(download.substring(3)), downloadHeap, false);
      System.out.printf(
          "download %d: %d numbers, %.1f s from request to done%n",
          i, ROWS, (System.nanoTime() - downloadStarted) / 1e9);
      print("heap in use during download " + i, downloadHeap);
    }
  }

  /** A CSV of the first {@code sites} sites' numbers, forwarding unconditionally to リスト1. */
  private static byte[] csv(int sites, String list1) {
    StringBuilder csv =
        new StringBuilder(
            "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n");
    for (int k = 0; k < sites; k++) {
      for (int i = 0; i < PER_SITE; i++) {
        csv.append(String.format("0%d", 5010000000L + (long) k * PER_SITE + i))
            .append(",1,1,0,0,0,,1,")
            .append(list1)
            .append(",,,,0322220000\r\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Run upload(byte[] bytes, boolean liveHeap) throws Exception {
    List<Long> heap = new ArrayList<>();
    long started = System.nanoTime();
    long operation = BulkJobs.accepted(BulkJobs.upload(AS, bytes, false));
    awaitDone(operation, heap, liveHeap);
    double wall = (System.nanoTime() - started) / 1e9;
    String outcome = Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + operation).body();
    double job =
        Double.parseDouble(Urls.get(Urls.SUPPORT + "/bulk/seconds?operation=" + operation).body());
    return new Run(wall, job, outcome, heap);
  }

  private static void awaitDone(long operation, List<Long> heap, boolean live) throws Exception {
    while (!Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + operation)
        .body()
        .startsWith("COMPLETED")) {
      heap.add(Long.parseLong(Urls.get(Urls.SUPPORT + "/bulk/heap?live=" + live).body()));
      Thread.sleep(live ? 1000 : 200);
    }
  }

  private static void print(String what, List<Long> samples) {
    if (samples.isEmpty()) {
      System.out.println(what + ": no sample");
      return;
    }
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    System.out.printf(
        "%s, MB of %d samples: min %d, median %d, max %d%n",
        what,
        sorted.size(),
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1));
  }
}
