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
 * Benchmark, not a test (benchmarks/run-provisioning.sh runs it; the test command skips it). An
 * order file creating 100,000 numbers with add-ons — 100 sites, 100 contracts, one numbers order of
 * 1,000 numbers (100 basic numbers with 9 dial-ins each) per contract — imported from the import
 * folder, timed from the start of the job to its end, with the server's heap sampled meanwhile;
 * then the same file again (every order skipped, nothing changed) and a plain JDBC batch insert of
 * the same rows for comparison. Two rounds: the first warms the server up.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningBenchmark {

  private static final int SITES = 100;
  private static final int PER_CONTRACT = 1000;
  private static final int NUMBERS = SITES * PER_CONTRACT;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  /**
   * The orders of one round: its own voice group (of the customer), a plan of 1,000 yen a number,
   * sites, contracts and numbers (also the billing benchmark's 100,000 lines).
   */
  static List<String> orders(int round, String customerNumber) {
    String group = "Y1900090" + round;
    List<String> orders = new ArrayList<>();
    orders.add(
        OrderFiles.line(
            "{'orderId':'B"
                + round
                + "-g','kind':'voiceGroup','voiceGroupId':'"
                + group
                + "','customerNumber':'"
                + customerNumber
                + "','name':'ベンチマーク"
                + round
                + "'}"));
    orders.add(
        OrderFiles.line(
            "{'orderId':'B"
                + round
                + "-p','kind':'plan','voiceGroupId':'"
                + group
                + "','name':'アクセスセット','basicCharge':1000}"));
    for (int k = 0; k < SITES; k++) {
      String site = String.format("9%d%05d", round, k);
      String contract = String.format("N9%d%07d", round, k);
      orders.add(
          OrderFiles.line(
              "{'orderId':'B"
                  + round
                  + "-s"
                  + k
                  + "','kind':'site','siteId':'"
                  + site
                  + "','voiceGroupId':'"
                  + group
                  + "','plan':'アクセスセット','name':'拠点"
                  + k
                  + "','address':'東京都'}"));
      orders.add(
          OrderFiles.line(
              "{'orderId':'B"
                  + round
                  + "-k"
                  + k
                  + "','kind':'contract','contractNumber':'"
                  + contract
                  + "','customerNumber':'"
                  + customerNumber
                  + "','service':'IP_VOICE','siteId':'"
                  + site
                  + "','channels':100}"));
      StringBuilder numbers = new StringBuilder();
      for (int b = 0; b < PER_CONTRACT; b += 10) {
        long basic = first(round) + (long) k * PER_CONTRACT + b;
        numbers
            .append(b == 0 ? "" : ",")
            .append("{'number':'0")
            .append(basic)
            .append("','channels':4,'sipId':'sip")
            .append(basic)
            .append("','sipPassword':'pw-")
            .append(basic)
            .append("','addOns':{'messageBox':true,'nuisanceBlocking':true},'dialIns':[");
        for (int d = 1; d < 10; d++) {
          numbers
              .append(d == 1 ? "" : ",")
              .append("{'number':'0")
              .append(basic + d)
              .append("'")
              .append(d % 4 == 1 ? ",'addOns':{'messageBox':true}" : "")
              .append("}");
        }
        numbers.append("]}");
      }
      orders.add(
          OrderFiles.line(
              "{'orderId':'B"
                  + round
                  + "-n"
                  + k
                  + "','kind':'numbers','contractNumber':'"
                  + contract
                  + "','numbers':["
                  + numbers
                  + "]}"));
    }
    return orders;
  }

  /** The first number of a round: 11-digit numbers no demo data uses. */
  static long first(int round) {
    return 6110000000L + round * 1_000_000L;
  }

  private record Import(double seconds, double jobSeconds, String outcome, List<Long> heap) {}

  private static Import importFile(String name, List<String> lines) throws Exception {
    String dropped =
        Urls.supportWith(
            "/provisioning/drop?name=" + OrderFiles.encode(name), String.join("\n", lines));
    List<Long> heap = new ArrayList<>();
    long started = System.nanoTime();
    long execution = OrderFiles.start(dropped);
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
    return new Import(wall, job, outcome, heap);
  }

  @Test
  void importOfOneHundredThousandNumbers() throws Exception {
    for (int round = 1; round <= 2; round++) {
      List<String> orders = orders(round, "N100000001");
      String name = "benchmark-" + round + ".jsonl";
      long before = count("SELECT COUNT(*) FROM ip_number");
      Import first = importFile(name, orders);
      assertThat(first.outcome()).isEqualTo("COMPLETED DONE");
      assertThat(count("SELECT COUNT(*) FROM ip_number")).isEqualTo(before + NUMBERS);
      System.out.printf(
          "round %d import: %d orders, %d numbers in %.2f s as the client sees it: %.0f numbers/s;"
              + " the job ran %.2f s: %.0f numbers/s%n",
          round,
          orders.size(),
          NUMBERS,
          first.seconds(),
          NUMBERS / first.seconds(),
          first.jobSeconds(),
          NUMBERS / first.jobSeconds());
      HeapSamples.print(
          "round " + round + " heap in use during the import (every 200 ms)", first.heap());

      Import again = importFile(name, orders);
      assertThat(again.outcome()).isEqualTo("COMPLETED DONE");
      assertThat(count("SELECT COUNT(*) FROM ip_number")).isEqualTo(before + NUMBERS);
      System.out.printf(
          "round %d same file again: %d orders skipped, nothing changed, in %.2f s%n",
          round, orders.size(), again.seconds());

      long jdbc =
          Long.parseLong(
              Urls.support(
                  "/provisioning/jdbc-batch?first="
                      + (first(round) + 500_000)
                      + "&count="
                      + NUMBERS));
      System.out.printf(
          "round %d plain JDBC batch insert of the same %d rows: %d ms (%.0f rows/s);"
              + " the import takes %.1f x as long%n",
          round, NUMBERS, jdbc, NUMBERS / (jdbc / 1000.0), first.seconds() * 1000 / jdbc);
    }
  }
}
