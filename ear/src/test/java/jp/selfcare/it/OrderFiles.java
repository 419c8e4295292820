package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/** Service-order files for the tests: written, imported, and what became of them. */
final class OrderFiles {

  private OrderFiles() {}

  /** One order line from JSON written with single quotes. */
  static String line(String json) {
    return json.replace('\'', '"');
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * Writes the lines as a file outside the import folder and starts its import the way an operator
   * does from the CLI ({@code start-job} on the deployment's batch subsystem); waits for the end.
   *
   * @return the job's batch status and exit status, e.g. "COMPLETED DONE"
   */
  static String importByHand(ManagementClient management, String name, List<String> lines)
      throws Exception {
    String file = Urls.supportWith("/provisioning/file?name=" + encode(name), text(lines));
    ModelNode start = Operations.createOperation("start-job", Deployments.batchJobs());
    start.get("job-xml-name").set("service-order-import");
    start.get("properties").get("file").set(file);
    ModelNode started = management.getControllerClient().execute(start);
    assertThat(Operations.isSuccessfulOutcome(started)).as(started.toString()).isTrue();
    return awaitEnd(Operations.readResult(started).asLong());
  }

  /** Drops the lines into the import folder and starts the job on it; waits for the end. */
  static String importFromFolder(String name, List<String> lines) {
    String dropped = Urls.supportWith("/provisioning/drop?name=" + encode(name), text(lines));
    return awaitEnd(start(dropped));
  }

  static long start(String file) {
    return Long.parseLong(Urls.support("/provisioning/start?file=" + encode(file)));
  }

  static String awaitEnd(long execution) {
    String[] status = new String[1];
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              status[0] = Urls.get(Urls.SUPPORT + "/provisioning/execution?id=" + execution).body();
              return !status[0].equals("RUNNING");
            });
    return status[0];
  }

  /** The rows of the result file of the newest import of that name, header first. */
  static List<String> result(String name) {
    String csv = Urls.get(Urls.SUPPORT + "/provisioning/result?name=" + encode(name)).body();
    assertThat(csv).startsWith("\uFEFF行,受注ID,種別,処理結果,理由コード,理由,reason\r\n");
    return List.of(csv.substring(1).split("\r\n"));
  }

  /** "state path" of the newest import of that name. */
  static String importOf(String name) {
    return Urls.get(Urls.SUPPORT + "/provisioning/import?name=" + encode(name)).body();
  }

  /** Whether the file exists on the server. */
  static boolean exists(String path) {
    return Boolean.parseBoolean(
        Urls.get(Urls.SUPPORT + "/provisioning/exists?path=" + encode(path)).body());
  }

  private static String text(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }
}
