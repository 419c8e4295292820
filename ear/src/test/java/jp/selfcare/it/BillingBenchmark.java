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
 * Benchmark, not a test (benchmarks/run-billing.sh runs it; the test command skips it). A customer
 * of 100,000 lines (imported as service orders) and 30 calls a line a month, the sample customer's
 * 2,050 lines with 163 calls a line a month, over three months: 10,000,000 call records. Then the
 * monthly billing of the last month (3,000,000 of its calls the large customer's), timed from the
 * job's start to its end; 通話明細 searches of the sample customer's month as its administrator (the
 * count and one page of 50, as the screen's table asks, from the first page and paging on; and
 * searches of one number); and its 発信元電話番号単位の集計 of the month. Each search is timed from request to
 * answer by the client, one after the other.
 */
@ExtendWith(ArquillianExtension.class)
class BillingBenchmark {

  private static final String LARGE = "N190000001";
  private static final String SAMPLE = "N100000001";
  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String[] MONTHS = {"2026-09", "2026-10", "2026-11"};
  private static final String MONTH = "2026-11";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void monthlyBillingAndTheStationOverTenMillionCalls() throws Exception {
    List<String> orders = new ArrayList<>();
    orders.add(
        OrderFiles.line(
            "{'orderId':'BB-c','kind':'customer','customerNumber':'"
                + LARGE
                + "','name':'ベンチマーク請求株式会社'}"));
    orders.addAll(ProvisioningBenchmark.orders(7, LARGE));
    String dropped =
        Urls.supportWith(
            "/provisioning/drop?name=billing-benchmark.jsonl", String.join("\n", orders));
    assertThat(OrderFiles.awaitEnd(OrderFiles.start(dropped))).isEqualTo("COMPLETED DONE");
    long lines =
        count(
            "SELECT COUNT(*) FROM ip_number n JOIN customer u ON u.id = n.customer_id"
                + " WHERE u.customer_number = '"
                + LARGE
                + "'");
    assertThat(lines).isEqualTo(100_000);

    long started = System.nanoTime();
    long written = 0;
    for (String month : MONTHS) {
      written += generated(LARGE, month, 30);
      written += generated(SAMPLE, month, 163);
    }
    System.out.printf(
        "calls written: %d over %s in %.0f s; the table holds %d%n",
        written,
        String.join(", ", MONTHS),
        (System.nanoTime() - started) / 1e9,
        count("SELECT COUNT(*) FROM call_record"));
    long monthCalls =
        count(
            "SELECT COUNT(*) FROM call_record r JOIN customer u ON u.id = r.customer_id"
                + " WHERE u.customer_number = '"
                + LARGE
                + "' AND r.started_at >= TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+09'"
                + " AND r.started_at < TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+09'");
    assertThat(monthCalls).isEqualTo(3_000_000);

    for (int round = 1; round <= 2; round++) {
      long execution = Long.parseLong(Urls.support("/bills/start?month=" + MONTH));
      long begun = System.nanoTime();
      String outcome = OrderFiles.awaitEnd(execution);
      double wall = (System.nanoTime() - begun) / 1e9;
      double job =
          Double.parseDouble(
              Urls.get(Urls.SUPPORT + "/provisioning/execution-seconds?id=" + execution).body());
      assertThat(outcome).startsWith("COMPLETED");
      long billed =
          count(
              "SELECT COUNT(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                  + " WHERE b.billing_month = '"
                  + MONTH
                  + "'");
      System.out.printf(
          "round %d monthly billing of %s: %d lines (%d of the large customer, %d calls of"
              + " theirs in the month) in %.2f s as the client sees it; the job ran %.2f s%n",
          round, MONTH, billed, lines, monthCalls, wall, job);
    }

    String period = "&from=2026-11-01&to=2026-11-30";
    String search = "/station/calls?as=" + ADMIN + period + "&size=50&first=";
    long sampleCalls =
        Long.parseLong(
            Urls.get(Urls.SUPPORT + search + "0").body().lines().findFirst().orElseThrow());
    for (int i = 0; i < 30; i++) {
      Urls.get(Urls.SUPPORT + search + (i % 10) * 50);
    }
    List<Long> pages = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // the first page of a search, then paging on through the first 20 pages
      pages.add(timed(search + (i % 20) * 50));
    }
    print(
        "通話明細, the month of the sample customer (" + sampleCalls + " calls), count + page of 50",
        pages);
    String number =
        Urls.get(Urls.SUPPORT + "/station/lines?as=" + ADMIN + "&month=" + MONTH)
            .body()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .split(" ")[1];
    String oneNumber =
        "/station/calls?as=" + ADMIN + period + "&numbers=" + number + "&size=50&first=";
    List<Long> numberPages = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      numberPages.add(timed(oneNumber + (i % 3) * 50));
    }
    print("通話明細, one number's month, count + page of 50", numberPages);

    String callers = "/station/callers?as=" + ADMIN + period;
    for (int i = 0; i < 5; i++) {
      Urls.get(Urls.SUPPORT + callers);
    }
    List<Long> totals = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      totals.add(timed(callers));
    }
    print("発信元電話番号単位の集計, the sample customer's month (2,050 lines)", totals);
  }

  private static long generated(String customer, String month, int perLine) {
    return Long.parseLong(
        Urls.support(
            "/billing/generate-calls?customer="
                + customer
                + "&month="
                + month
                + "&perLine="
                + perLine
                + "&tag=g"
                + customer
                + month));
  }

  /** The request's time in microseconds, as the client sees it. */
  private static long timed(String path) {
    long started = System.nanoTime();
    String body = Urls.get(Urls.SUPPORT + path).body();
    long micros = (System.nanoTime() - started) / 1000;
    assertThat(body).doesNotStartWith("REFUSED");
    return micros;
  }

  private static void print(String what, List<Long> micros) {
    List<Long> sorted = micros.stream().sorted().toList();
    System.out.printf(
        "%s: %d requests, ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
        what,
        sorted.size(),
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1000.0);
  }

  private static double at(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
  }
}
