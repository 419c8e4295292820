package jp.selfcare.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** HTTP helpers for the tests: the app on 8080, management on 9990. */
public final class Urls {

  public static final String APP = "http://localhost:8080";
  public static final String SUPPORT = APP + "/it-support";
  public static final String MANAGEMENT = "http://localhost:9990";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Urls() {}

  public static HttpResponse<String> get(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static HttpResponse<byte[]> getBytes(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public static HttpResponse<String> post(String url) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A GET of an operators' page with the test operator's BASIC login (null user: none). */
  public static HttpResponse<String> asOperator(String url) {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (ItDatabase.OPERATOR + ":" + ItDatabase.OPERATOR_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Basic " + basic)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A support call with a text body that must answer 200; its body. */
  public static String supportWith(String path, String text) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(SUPPORT + path))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** A support call that must answer 200; its body. */
  public static String support(String path) {
    HttpResponse<String> response =
        path.startsWith("/count") ? get(SUPPORT + path) : post(SUPPORT + path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /**
   * Every number of 株式会社サンプル商事 as the database has them now (2,050 IP Voice and two Mobile Office
   * numbers from the demo, more once tests have provisioned some).
   */
  public static long sampleCustomerNumbers() {
    return count(
        "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id"
            + " JOIN customer u ON u.id = c.customer_id WHERE u.customer_number = 'N100000001'");
  }

  /** The IP Voice numbers among them. */
  public static long sampleCustomerIpVoiceNumbers() {
    return count(
        "SELECT COUNT(*) FROM ip_number n JOIN contract c ON c.id = n.contract_id"
            + " JOIN customer u ON u.id = c.customer_id WHERE u.customer_number = 'N100000001'"
            + " AND c.service = 'IP_VOICE'");
  }

  /**
   * A new general user of the administrator's customer whose one group lets them only read the
   * contracts of a voice group; their login ID.
   */
  public static String readOnlyUserOf(String administrator, String voiceGroup) {
    String login = "reader-" + UUID.randomUUID() + "@example.jp";
    post(SUPPORT + "/portal-users/direct?login=" + login + "&role=GENERAL");
    String group =
        post(SUPPORT + "/groups?as=" + administrator + "&name=read-" + UUID.randomUUID()).body();
    post(SUPPORT + "/groups/" + group + "/members?as=" + administrator + "&user=" + login);
    post(
        SUPPORT
            + "/groups/"
            + group
            + "/permissions?as="
            + administrator
            + "&scope=VOICE_GROUP&value="
            + voiceGroup
            + "&access=READ");
    return login;
  }

  /** The answer of one {@code SELECT COUNT(...)} query on the application's database. */
  public static long count(String sql) {
    return Long.parseLong(support("/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8)));
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
