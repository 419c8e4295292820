package jp.selfcare.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test (benchmarks/run-notices.sh runs it; the test command skips it). A notice
 * published to 10,000 subscribed addresses: how long the operator's publish call takes, how long
 * until every address's mail is queued (the delivery rows done), and how a portal page answers
 * meanwhile (a page requested again and again while the mails are queued and sent). Two rounds: the
 * first warms the server up.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeBenchmark {

  private static final int ADDRESSES = 10_000;

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void aNoticeToTenThousandAddresses() throws Exception {
    String[] services = {"UNIVERSAL_ONE", "MOBILE_OFFICE"};
    for (int round = 1; round <= 2; round++) {
      String service = services[round - 1];
      Urls.support(
          "/notices/many?service=" + service + "&prefix=r" + round + "-&count=" + ADDRESSES);
      HttpClient http = HttpClient.newHttpClient();
      List<Long> pageMillis = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean running = new AtomicBoolean(true);
      Thread pages =
          new Thread(
              () -> {
                while (running.get()) {
                  long start = System.nanoTime();
                  try {
                    http.send(
                        HttpRequest.newBuilder(
                                java.net.URI.create(Urls.APP + "/portal/login.xhtml"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  pageMillis.add((System.nanoTime() - start) / 1_000_000);
                }
              });
      long start = System.nanoTime();
      String notice =
          Urls.supportWith(
              "/notices/publish?kind=MAINTENANCE&service="
                  + service
                  + "&title="
                  + URLEncoder.encode("ベンチマーク " + round, StandardCharsets.UTF_8),
              "交換機の定期メンテナンスを行います。");
      long published = (System.nanoTime() - start) / 1_000_000;
      pages.start();
      String done =
          "SELECT COUNT(*) FROM notice_delivery WHERE event_key = 'notice-"
              + notice
              + "' AND done_at IS NOT NULL";
      long queuedAt;
      while (true) {
        long count =
            Long.parseLong(
                Urls.get(
                        Urls.SUPPORT
                            + "/count?sql="
                            + URLEncoder.encode(done, StandardCharsets.UTF_8))
                    .body());
        if (count >= ADDRESSES) {
          queuedAt = (System.nanoTime() - start) / 1_000_000;
          break;
        }
        Thread.sleep(50);
      }
      Thread.sleep(5_000);
      running.set(false);
      pages.join();
      List<Long> sorted = new ArrayList<>(pageMillis);
      Collections.sort(sorted);
      System.out.printf(
          "round %d: publish call %d ms, %d mails queued after %d ms (%.0f/s);"
              + " login page meanwhile (%d requests) p50 %d ms, p99 %d ms, max %d ms;"
              + " mails received by SMTP after %d s: %d%n",
          round,
          published,
          ADDRESSES,
          queuedAt,
          ADDRESSES * 1000.0 / queuedAt,
          sorted.size(),
          sorted.get(sorted.size() / 2),
          sorted.get((int) (sorted.size() * 0.99)),
          sorted.get(sorted.size() - 1),
          (queuedAt + 5_000) / 1000,
          smtp.getReceivedMessages().length);
    }
  }
}
