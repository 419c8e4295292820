package jp.selfcare.it;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before a test runs, waits until the application answers {@code /ready}: the demo data is imported
 * by the service-order job just after the deployment started, and the tests read it. Registered for
 * every test (junit-platform.properties); once ready, the data stays (the database outlives
 * redeployments and restarts), so later tests do not wait.
 */
public class DemoDataReady implements BeforeEachCallback {

  private static volatile boolean ready;

  @Override
  public void beforeEach(ExtensionContext context) {
    if (ready) {
      return;
    }
    Awaitility.await("the demo data")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(250))
        .ignoreExceptions()
        .until(() -> Urls.get(Urls.APP + "/ready").statusCode() == 200);
    ready = true;
  }
}
