package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call-record import killed mid-file (kill -9) is resumed after the restart and loads every
 * record exactly once: the chunks committed before the kill are kept, the one in flight is done
 * again, none is lost and none loaded twice.
 */
@ExtendWith(ArquillianExtension.class)
class CallRecordRestartIT {

  private static final int CALLS = 150_000;

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anImportKilledMidFileLoadsEveryRecordOnce() throws Exception {
    String tag = "rs-" + UUID.randomUUID().toString().substring(0, 8);
    String name = tag + ".csv";
    String loaded = "SELECT COUNT(*) FROM call_record WHERE call_id LIKE '" + tag + "-%'";

    String dropped =
        Urls.support(
            "/billing/drop-many?name="
                + OrderFiles.encode(name)
                + "&tag="
                + tag
                + "&rows="
                + CALLS);
    Urls.support("/billing/start?file=" + OrderFiles.encode(dropped));
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> count(loaded) >= 5_000);
    long beforeKill = count(loaded);
    assertThat(beforeKill).as("killed while the file was being loaded").isLessThan(CALLS);

    ServerKill.killAndRestart(management);

    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .ignoreExceptions()
        .until(() -> CallRecordFiles.importOf(name).startsWith("DONE "));
    assertThat(count(loaded)).isEqualTo(CALLS);
    assertThat(CallRecordFiles.importOf(name))
        .as("every record loaded by this import, none found loaded before, none refused")
        .startsWith("DONE " + CALLS + " 0 0 0 - ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM call_record WHERE call_id LIKE '"
                    + tag
                    + "-%' AND charge IS NULL"))
        .isZero();
  }
}
