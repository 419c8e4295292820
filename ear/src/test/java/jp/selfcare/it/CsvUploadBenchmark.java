package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (benchmarks/run-csv.sh runs it on the large demo set; the test command
 * skips it): a CSV of the large voice group's 98,000 numbers uploaded and applied, the server's
 * heap sampled every 200 ms meanwhile, a download of the same numbers, and a plain JDBC batch
 * insert of as many rows in the same run for comparison.
 */
@ExtendWith(ArquillianExtension.class)
class CsvUploadBenchmark {

  private static final String AS = "vg:Y15000003";
  private static final int SITES = 98;
  private static final int PER_SITE = 1000;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static long awaitDone(long operation, List<Long> heap) throws Exception {
    while (!Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + operation)
        .body()
        .startsWith("COMPLETED")) {
      heap.add(Long.parseLong(Urls.get(Urls.SUPPORT + "/bulk/heap").body()));
      Thread.sleep(200);
    }
    return operation;
  }

  @Test
  void uploadAndDownloadOfTheLargeSet() throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5\r\n");
    int rows = SITES * PER_SITE;
    for (int k = 0; k < SITES; k++) {
      for (int i = 0; i < PER_SITE; i++) {
        csv.append(String.format("0%d", 5010000000L + (long) k * PER_SITE + i))
            .append(",1,1,0,0,0,,1,0311112222,,,,0322220000\r\n");
      }
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    List<Long> heap = new ArrayList<>();
    long started = System.nanoTime();
    String accepted =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Urls.SUPPORT + "/bulk/upload?as=" + AS))
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            Base64.getEncoder().encodeToString(bytes)))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(accepted).startsWith("OK ");
    long upload = awaitDone(Long.parseLong(accepted.substring(3)), heap);
    double wall = (System.nanoTime() - started) / 1e9;
    String outcome = Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + upload).body();
    double job =
        Double.parseDouble(Urls.get(Urls.SUPPORT + "/bulk/seconds?operation=" + upload).body());
    long jdbcMillis = Long.parseLong(support("/bulk/jdbc-batch?rows=" + rows));

    List<Long> downloadHeap = new ArrayList<>();
    long downloadStarted = System.nanoTime();
    String download = support("/bulk/download?as=" + AS + "&site=&part=");
    assertThat(download).startsWith("OK ");
    awaitDone(Long.parseLong(download.substring(3)), downloadHeap);
    double downloadSeconds = (System.nanoTime() - downloadStarted) / 1e9;

    System.out.printf(
        "upload: %d rows (%.1f MB), %s, %.1f s from request to done (job %.1f s): %.0f rows/s%n",
        rows, bytes.length / 1e6, outcome, wall, job, rows / wall);
    System.out.printf(
        "plain JDBC batch insert of %d rows: %d ms (%.0f rows/s); upload / JDBC = %.1f x slower%n",
        rows, jdbcMillis, rows / (jdbcMillis / 1000.0), wall / (jdbcMillis / 1000.0));
    print("heap during upload", heap);
    System.out.printf("download: %d numbers, %.1f s from request to done%n", rows, downloadSeconds);
    print("heap during download", downloadHeap);
    assertThat(outcome).isEqualTo("COMPLETED " + rows + " OK, 0 ERROR");
  }

  private static void print(String what, List<Long> samples) {
    if (samples.isEmpty()) {
      System.out.println(what + ": no sample");
      return;
    }
    List<Long> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    System.out.printf(
        "%s (MB, %d samples every 200 ms): min %d, median %d, max %d%n",
        what,
        sorted.size(),
        sorted.get(0),
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() - 1));
  }
}
