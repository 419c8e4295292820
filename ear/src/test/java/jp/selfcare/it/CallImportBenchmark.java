package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (benchmarks/run-billing.sh runs it; the test command skips it). A file of
 * 1,000,000 call records of the sample customer's numbers dropped into the call-record folder and
 * imported (checked, looked up, rated, written once), timed from the job's start to its end with
 * the server's heap sampled meanwhile; then the same file loaded by a plain PostgreSQL COPY into a
 * bare table as the reference. Two rounds (the first warms the server up), each its own month.
 */
@ExtendWith(ArquillianExtension.class)
class CallImportBenchmark {

  private static final int CALLS = 1_000_000;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void importOfAMillionCallRecords() throws Exception {
    for (int round = 1; round <= 2; round++) {
      String tag = "bench" + round + "-" + System.nanoTime() % 100_000;
      String name = tag + ".csv";
      String dropped =
          Urls.support(
              "/billing/drop-calls?name="
                  + name
                  + "&tag="
                  + tag
                  + "&rows="
                  + CALLS
                  + "&month=2026-0"
                  + (round + 5));
      List<Long> heap = new ArrayList<>();
      long started = System.nanoTime();
      long execution =
          Long.parseLong(Urls.support("/billing/start?file=" + OrderFiles.encode(dropped)));
      String outcome;
      while ((outcome = Urls.get(Urls.SUPPORT + "/provisioning/execution?id=" + execution).body())
          .equals("RUNNING")) {
        heap.add(Long.parseLong(Urls.get(Urls.SUPPORT + "/bulk/heap?live=false").body()));
        Thread.sleep(200);
      }
      double wall = (System.nanoTime() - started) / 1e9;
      double job =
          Double.parseDouble(
              Urls.get(Urls.SUPPORT + "/provisioning/execution-seconds?id=" + execution).body());
      assertThat(outcome).isEqualTo("COMPLETED DONE");
      assertThat(count("SELECT COUNT(*) FROM call_record WHERE call_id LIKE '" + tag + "-%'"))
          .isEqualTo(CALLS);
      System.out.printf(
          "round %d import: %d call records in %.2f s as the client sees it: %.0f records/s;"
              + " the job ran %.2f s: %.0f records/s%n",
          round, CALLS, wall, CALLS / wall, job, CALLS / job);
      HeapSamples.print("round " + round + " heap in use during the import (every 200 ms)", heap);
      long copy = Long.parseLong(Urls.support("/billing/copy?name=" + name));
      System.out.printf(
          "round %d plain COPY of the same file into a bare table: %d ms (%.0f rows/s);"
              + " the import takes %.1f x as long%n",
          round, copy, CALLS / (copy / 1000.0), job * 1000 / copy);
    }
  }
}
