package jp.selfcare.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The call servers' side of the call-decision API, as the tests call it. */
final class RoutingApi {

  static final String INCOMING = "http://localhost:8080/api/routing/v1/incoming";

  private RoutingApi() {}

  /** The answer to an incoming call from a caller who withholds its number (非通知). */
  static String anonymous(HttpClient http, String called) {
    return send(
        http,
        HttpRequest.newBuilder(URI.create(INCOMING))
            .header("Content-Type", "application/json")
            .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"called\":\"" + called + "\",\"presentation\":\"ANONYMOUS\"}"))
            .build());
  }

  /** The answer to an incoming call from a caller who presents its number. */
  static String incoming(HttpClient http, String called, String caller) {
    return incoming(http, URI.create(INCOMING), called, caller);
  }

  /** The same asked of one server ({@code http://localhost:8180}: a node of the cluster). */
  static String incomingAt(HttpClient http, String server, String called, String caller) {
    return incoming(http, URI.create(server + "/api/routing/v1/incoming"), called, caller);
  }

  private static String incoming(HttpClient http, URI api, String called, String caller) {
    HttpRequest request =
        HttpRequest.newBuilder(api)
            .header("Content-Type", "application/json")
            .header("X-Api-Key", ItDatabase.ROUTING_API_KEY)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"called\":\""
                        + called
                        + "\",\"caller\":\""
                        + caller
                        + "\",\"presentation\":\"NUMBER\"}"))
            .build();
    return send(http, request);
  }

  private static String send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + INCOMING, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
