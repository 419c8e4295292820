package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators have of the routing cache (spec 50-routing.md): metrics at /metrics on the
 * management port (size, last update, decision counts, latency percentiles), the full reload on the
 * operators' page and as a JMX operation, and readiness that is DOWN until the cache has loaded.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingOperationsIT {

  private static final String API = Urls.APP + "/api/routing/v1/";
  private static final String PAGE = Urls.APP + "/operator/routing.xhtml";
  private static final String CALL =
      "{\"called\":\"0350000000\",\"caller\":\"0311112222\",\"presentation\":\"NUMBER\"}";

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static HttpResponse<String> decide(String path, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(API + path))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** One sample's value from the Prometheus text at /metrics (without WildFly's deployment tag). */
  private static double metric(String sample) {
    String text =
        Urls.get(Urls.MANAGEMENT + "/metrics")
            .body()
            .replace("{WF_DEPLOYMENT=\"selfcare.ear\"}", "")
            .replace("WF_DEPLOYMENT=\"selfcare.ear\",", "");
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(text);
    assertThat(m.find()).as(sample + " in /metrics").isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static String routing(String path) {
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + "/routing/" + path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (ItDatabase.OPERATOR + ":" + ItDatabase.OPERATOR_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void metricsCountDecisionsAndShowTheCacheAsItIs() throws Exception {
    double incoming = metric("selfcare_routing_decisions_total{direction=\"incoming\"}");
    double outgoing = metric("selfcare_routing_decisions_total{direction=\"outgoing\"}");

    for (int i = 0; i < 3; i++) {
      assertThat(decide("incoming", CALL).body()).contains("\"action\":\"RING\"");
    }
    assertThat(decide("outgoing", "{\"caller\":\"0350000000\",\"dialed\":\"0311112222\"}").body())
        .contains("ALLOW");

    assertThat(metric("selfcare_routing_decisions_total{direction=\"incoming\"}"))
        .isEqualTo(incoming + 3);
    assertThat(metric("selfcare_routing_decisions_total{direction=\"outgoing\"}"))
        .isEqualTo(outgoing + 1);
    assertThat(
            metric("selfcare_routing_decisions_seconds{direction=\"incoming\",quantile=\"0.99\"}"))
        .as("a latency was ranked")
        .isPositive()
        .isLessThanOrEqualTo(
            metric("selfcare_routing_decisions_seconds{direction=\"incoming\",quantile=\"1\"}"));
    assertThat(metric("selfcare_routing_cache_numbers"))
        .isEqualTo(Double.parseDouble(routing("size")))
        .isGreaterThan(2000);
    assertThat(metric("selfcare_routing_cache_last_update_seconds") * 1000)
        .isLessThanOrEqualTo(System.currentTimeMillis() + 60_000)
        .isGreaterThan(System.currentTimeMillis() - 24 * 3600_000.0);
  }

  @Test
  void operatorsSeeTheCacheOnTheirPageAndForceAFullReload() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(
            client
                .send(
                    HttpRequest.newBuilder(URI.create(PAGE)).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("operators only")
        .isEqualTo(401);
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create(PAGE)).header("Authorization", basic()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    String numbers = routing("size");
    assertThat(page.body()).contains("番号数", numbers, "着信判定", "p99", "全件再読込");
    double reloads = metric("selfcare_routing_cache_reloads_total");

    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"")
            .matcher(page.body());
    assertThat(viewState.find()).isTrue();
    // PrimeFaces' script adds the page's CSP nonce to every form it posts; a postback without it
    // is refused.
    Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page.body());
    assertThat(nonce.find()).isTrue();
    String form =
        "routing=routing&routing%3Areload=routing%3Areload&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
            + "&primefaces.nonce="
            + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> reloaded =
        client.send(
            HttpRequest.newBuilder(URI.create(PAGE))
                .header("Authorization", basic())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(reloaded.body())
        .contains("再読込しました（" + String.format("%,d", Long.parseLong(numbers)) + " 番号");
    assertThat(metric("selfcare_routing_cache_reloads_total")).isEqualTo(reloads + 1);
  }

  @Test
  void theFullReloadIsAJmxOperation() {
    double reloads = metric("selfcare_routing_cache_reloads_total");
    String numbers = routing("size");

    assertThat(routing("jmx-reload")).startsWith(numbers + " numbers, ");

    assertThat(metric("selfcare_routing_cache_reloads_total")).isEqualTo(reloads + 1);
    assertThat(routing("jmx?attribute=Numbers")).isEqualTo(numbers);
    assertThat(routing("jmx?attribute=Reloads")).isEqualTo(Long.toString((long) reloads + 1));
  }

  /**
   * Through a server reload, readiness is never UP while the application (whose deployment loads
   * the cache) is not there: it answers DOWN or nothing until then, and the first UP comes with a
   * cache that decides the demo numbers.
   */
  @Test
  void readinessIsDownUntilTheCacheHasLoaded() throws Exception {
    String boot = Boots.current();
    List<String> seen = new ArrayList<>();
    AtomicBoolean up = new AtomicBoolean();

    management.getControllerClient().execute(Operations.createOperation("reload"));
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              String state = readiness();
              seen.add(state);
              if (state.equals("UP")) {
                up.set(true);
                seen.add(decide("incoming", CALL).body());
              }
              return up.get();
            });

    assertThat(seen)
        .as("not ready while reloading")
        .anyMatch(s -> s.startsWith("DOWN") || s.equals("NO ANSWER"));
    assertThat(seen.get(seen.size() - 1))
        .as("the first decision once ready")
        .contains("\"action\":\"RING\"");
    assertThat(Boots.current()).as("a new boot").isNotEqualTo(boot);
  }

  private static String readiness() throws Exception {
    try {
      HttpResponse<String> ready =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(Urls.MANAGEMENT + "/health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (ready.statusCode() == 200 && ready.body().contains("\"status\":\"UP\"")) {
        return "UP";
      }
      return "DOWN " + ready.statusCode();
    } catch (IOException e) {
      return "NO ANSWER";
    }
  }
}
