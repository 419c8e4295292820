package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (not named *IT, so the test command skips it; benchmarks/run-visibility.sh
 * runs it): how long a committed settings change takes to reach call decisions. 300 forwarding
 * changes through the settings service, alternating the destination; after each, the decision API
 * is asked until it answers with the new destination.
 *
 * <p>Prints two distributions: on the server, the routing cache's refresh timer (from the
 * after-commit event to the new snapshot being in place — the time a committed change waits before
 * decisions see it); at the client, from sending the change to the first decision that shows it
 * (the whole settings request included, so an upper bound). The only assertion is the correctness
 * one: the first decision after the change returned already shows it.
 */
@ExtendWith(ArquillianExtension.class)
class CommitVisibilityBenchmark {

  private static final int CHANGES = 300;
  private static final String NUMBER = "0456000088";
  private static final String[] DESTINATIONS = {"0312345678", "0387654321"};
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String decide() throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(Urls.APP + "/api/routing/v1/incoming"))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"called\":\""
                            + NUMBER
                            + "\",\"caller\":\"0311112222\",\"presentation\":\"NUMBER\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void commitToVisible() throws Exception {
    List<Long> clientNanos = new ArrayList<>();
    int firstDecisionShowedIt = 0;
    for (int i = 0; i < CHANGES; i++) {
      String destination = DESTINATIONS[i % 2];
      String list =
          destination.substring(0, 2)
              + "-"
              + destination.substring(2, 6)
              + "-"
              + destination.substring(6);
      long sent = System.nanoTime();
      assertThat(
              support(
                  "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                      + NUMBER
                      + "&forward=true&modes=U&lists="
                      + list
                      + ",,,,&target=LIST_1"))
          .startsWith("OK ");
      boolean first = true;
      while (!decide().contains("\"destination\":\"" + destination + "\"")) {
        first = false;
      }
      clientNanos.add(System.nanoTime() - sent);
      if (first) {
        firstDecisionShowedIt++;
      }
    }

    String metrics = Urls.get(Urls.MANAGEMENT + "/metrics").body();
    System.out.println("== commit to visible, " + CHANGES + " forwarding changes of " + NUMBER);
    for (String q : List.of("0.5", "0.95", "0.99", "1")) {
      Matcher m =
          Pattern.compile(
                  "(?m)^selfcare_routing_cache_refreshes_seconds\\{[^}]*quantile=\""
                      + Pattern.quote(q)
                      + "\"\\} (\\S+)$")
              .matcher(metrics);
      assertThat(m.find()).isTrue();
      System.out.printf(
          "server refresh (after-commit event -> snapshot in place) q%s: %.3f ms%n",
          q, Double.parseDouble(m.group(1)) * 1000);
    }
    Collections.sort(clientNanos);
    for (double q : new double[] {0.5, 0.95, 0.99, 1.0}) {
      int index = Math.min(clientNanos.size() - 1, (int) Math.ceil(q * clientNanos.size()) - 1);
      System.out.printf(
          "client (change sent -> decision shows it) q%s: %.3f ms%n",
          q, clientNanos.get(index) / 1e6);
    }
    System.out.println(
        "first decision after the change returned showed it: "
            + firstDecisionShowedIt
            + " / "
            + CHANGES);
    assertThat(firstDecisionShowedIt).isEqualTo(CHANGES);
  }
}
