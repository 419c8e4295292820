package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;

/** The bulk jobs as the tests drive them through the support endpoints. */
final class BulkJobs {

  private BulkJobs() {}

  /** An upload (or, dry, a check) of the file's bytes as a login: the raw answer ("OK id" …). */
  static String upload(String as, byte[] content, boolean dry) throws Exception {
    return upload(as, "", content, dry);
  }

  /** {@link #upload(String, byte[], boolean)} as a login with its password ("": the demo one). */
  static String upload(String as, String pw, byte[] content, boolean dry) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(Urls.SUPPORT + "/bulk/upload?as=" + as + "&pw=" + pw + "&dry=" + dry))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(Base64.getEncoder().encodeToString(content)))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * Skips the test unless the server runs on PostgreSQL: the tests that hold a job on a row lock
   * ({@code FOR UPDATE} in a transaction of its own) need its row-level locking.
   */
  static void assumePostgreSql(String why) {
    Assumptions.assumeTrue(
        Urls.get(Urls.SUPPORT + "/bulk/database").body().contains("PostgreSQL"), why);
  }

  /** The history entry's id of an answer that must be "OK id". */
  static long accepted(String answer) {
    assertThat(answer).startsWith("OK ");
    return Long.parseLong(answer.substring(3));
  }

  /** The entry's state and message, e.g. "COMPLETED 3 rows". */
  static String outcome(long operation) {
    return Urls.get(Urls.SUPPORT + "/bulk/operation?id=" + operation).body();
  }

  /** Waits until the entry completed. */
  static void awaitCompleted(long operation, Duration atMost) {
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> outcome(operation).startsWith("COMPLETED"));
  }

  /** The entry's result file as text (UTF-8). */
  static String resultFile(long operation) {
    return new String(
        Base64.getDecoder()
            .decode(
                Urls.get(Urls.SUPPORT + "/bulk/result-file-base64?operation=" + operation)
                    .body()
                    .strip()),
        StandardCharsets.UTF_8);
  }
}
