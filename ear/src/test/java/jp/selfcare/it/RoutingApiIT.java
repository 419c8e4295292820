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
