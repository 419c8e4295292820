package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The call-decision API over HTTP (spec 50-routing.md): an API key on every request, JSON answers
 * with exactly the fields of their kind, problem+json naming what is wrong with malformed input.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingApiIT {

  private static final String API = "http://localhost:8080/api/routing/v1/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static HttpResponse<String> post(String path, String key, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(API + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> incoming(String body) {
    return post("incoming", ItDatabase.ROUTING_API_KEY, body);
  }

  @Test
  void withoutTheKeyNothingIsDecided() {
    String body = "{\"called\":\"0456000000\",\"presentation\":\"ANONYMOUS\"}";
    HttpResponse<String> none = post("incoming", null, body);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(post("incoming", "wrong-key", body).statusCode()).isEqualTo(401);
    assertThat(post("outgoing", null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void aHuntGroupParentRingsItsLines() {
    HttpResponse<String> response =
        incoming(
            "{\"called\":\"0456000000\",\"caller\":\"0312345678\",\"presentation\":\"NUMBER\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .startsWith("{\"action\":\"RING\",\"targets\":[\"0456000000\",\"")
        .endsWith(
            "],\"ringSeconds\":null,\"onBusy\":null,\"onNoAnswer\":null,\"onUnreachable\":null}");
  }

  @Test
  void forwardingAndNotInService() {
    String number = "0456000099";
    assertThat(
            support(
                "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                    + number
                    + "&forward=true&modes=U&lists=090-1234-5678,,,,&target=LIST_1"))
        .startsWith("OK ");
    assertThat(
            incoming(
                    "{\"called\":\""
                        + number
                        + "\",\"presentation\":\"PUBLIC_PHONE\",\"at\":\"2026-12-07T01:00:00Z\"}")
                .body())
        .isEqualTo(
            "{\"action\":\"FORWARD\",\"reason\":\"ALWAYS\",\"destination\":\"09012345678\"}");

    HttpResponse<String> unknown =
        incoming("{\"called\":\"0399999999\",\"presentation\":\"NUMBER\"}");
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).isEqualTo("{\"action\":\"NOT_IN_SERVICE\"}");
  }

  @Test
  void outgoingCallsFollowSuspensionAndPresentation() {
    String number = "0456000096";
    assertThat(
            support(
                "/features/change?as=vg:Y15000001&feature=INTERNATIONAL_SUSPENSION&number="
                    + number
                    + "&on=true"))
        .startsWith("OK ");
    assertThat(
            post(
                    "outgoing",
                    ItDatabase.ROUTING_API_KEY,
                    "{\"caller\":\"" + number + "\",\"dialed\":\"0101212555123\"}")
                .body())
        .isEqualTo("{\"action\":\"BLOCK\",\"reason\":\"INTERNATIONAL_SUSPENDED\"}");
    assertThat(
            post(
                    "outgoing",
                    ItDatabase.ROUTING_API_KEY,
                    "{\"caller\":\"" + number + "\",\"dialed\":\"1840312345678\"}")
                .body())
        .isEqualTo("{\"action\":\"ALLOW\",\"presented\":null}");
  }

  /**
   * A dial-in number calls out under its basic number's 発信規制 from the change's commit on, and still
   * reaches the emergency numbers.
   */
  @Test
  void aDialInNumberFollowsItsBasicNumbersOutgoingRestriction() {
    String basic = "0456000180";
    String dialIn = "0456000183";
    String call = "{\"caller\":\"" + dialIn + "\",\"dialed\":\"0312345678\"}";
    assertThat(post("outgoing", ItDatabase.ROUTING_API_KEY, call).body())
        .startsWith("{\"action\":\"ALLOW\"");

    assertThat(
            support(
                "/features/change?as=vg:Y15000001&feature=OUTGOING_RESTRICTION&number="
                    + basic
                    + "&on=true"))
        .startsWith("OK ");
    assertThat(post("outgoing", ItDatabase.ROUTING_API_KEY, call).body())
        .isEqualTo("{\"action\":\"BLOCK\",\"reason\":\"OUTGOING_RESTRICTED\"}");
    assertThat(
            post(
                    "outgoing",
                    ItDatabase.ROUTING_API_KEY,
                    "{\"caller\":\"" + dialIn + "\",\"dialed\":\"119\"}")
                .body())
        .as("an emergency call")
        .startsWith("{\"action\":\"ALLOW\"");

    assertThat(
            support(
                "/features/change?as=vg:Y15000001&feature=OUTGOING_RESTRICTION&number="
                    + basic
                    + "&on=false"))
        .startsWith("OK ");
    assertThat(post("outgoing", ItDatabase.ROUTING_API_KEY, call).body())
        .startsWith("{\"action\":\"ALLOW\"");
  }

  /**
   * Bodies have a stated cap — 64 KiB for a decision, 6 MiB for an event (a recorded message's
   * audio) — answered with 413 problem+json before anything is parsed or stored.
   */
  @Test
  void anOversizedBodyIsRefusedWith413() {
    String padding = "x".repeat(64 * 1024);
    HttpResponse<String> decision =
        incoming(
            "{\"called\":\"0456000000\",\"presentation\":\"NUMBER\",\"pad\":\"" + padding + "\"}");
    assertThat(decision.statusCode()).isEqualTo(413);
    assertThat(decision.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(decision.body()).contains("\"status\":413").contains("65536 bytes");

    String number = "0456000184";
    long stored = Urls.count("SELECT COUNT(*) FROM recorded_message");
    HttpResponse<String> event =
        post(
            "events",
            ItDatabase.ROUTING_API_KEY,
            "{\"type\":\"MESSAGE_RECORDED\",\"number\":\""
                + number
                + "\",\"seconds\":5,\"audio\":\""
                + "A".repeat(6 * 1024 * 1024)
                + "\"}");
    assertThat(event.statusCode()).isEqualTo(413);
    assertThat(event.body()).contains("6291456 bytes");
    assertThat(Urls.count("SELECT COUNT(*) FROM recorded_message"))
        .as("nothing stored")
        .isEqualTo(stored);

    assertThat(
            incoming(
                    "{\"called\":\"0456000000\",\"presentation\":\"NUMBER\",\"pad\":\""
                        + "x".repeat(60 * 1024)
                        + "\"}")
                .statusCode())
        .as("under the cap")
        .isEqualTo(200);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json                                               | not valid JSON",
        "[1,2]                                                  | must be a JSON object",
        "{\"presentation\":\"NUMBER\"}                          | 'called' is required",
        "{\"called\":\"03-1234\",\"presentation\":\"NUMBER\"}   | 'called' must be a string of 1-20 digits",
        "{\"called\":\"0312345678\",\"presentation\":\"HIDDEN\"}| 'presentation' must be",
        "{\"called\":\"0312345678\"}                            | 'presentation' is required",
        "{\"called\":\"0312345678\",\"caller\":12,\"presentation\":\"NUMBER\"} | 'caller' must be",
        "{\"called\":\"0312345678\",\"presentation\":\"NUMBER\",\"at\":\"yesterday\"} | 'at' must be an ISO-8601 instant",
      })
  void malformedInputIsAProblemThatSaysWhat(String body, String detail) {
    HttpResponse<String> response = incoming(body.strip());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":400").contains(detail.strip());
  }
}
