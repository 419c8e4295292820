package jp.selfcare.it;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

/** The test server's boots: which one runs, and waiting for the next after a reload or a kill. */
final class Boots {

  private Boots() {}

  /** The id of the running boot. */
  static String current() {
    return Urls.get(Urls.SUPPORT + "/boot").body();
  }

  /** Waits until a boot other than {@code before} answers. */
  static void awaitNext(String before) {
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(
            () -> {
              HttpResponse<String> now = Urls.get(Urls.SUPPORT + "/boot");
              return now.statusCode() == 200 && !now.body().equals(before);
            });
  }
}
