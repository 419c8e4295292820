package jp.selfcare.it;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before a test runs, waits until the server reports ready: the demo data is imported by the
 * service-order job just after the deployment started, and the tests read it. Registered for every
 * test (junit-platform.properties); once ready, the data stays (the database outlives redeployments
 * and restarts), so later tests do not wait.
 */
public class DemoDataReady implements BeforeEachCallback {

  private static volatile boolean ready;

  @Override
  public void beforeEach(ExtensionContext context) {
    if (ready) {
      return;
    }
    System.err.println(
        "DEBUG-READY "
            + Urls.get(Urls.MANAGEMENT + "/health/ready").statusCode()
            + " "
            + Urls.get(Urls.MANAGEMENT + "/health/ready").body());
    Awaitility.await("the demo data")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> Urls.get(Urls.MANAGEMENT + "/health/ready").statusCode() == 200);
    ready = true;
  }
}
