package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

/** Call-record files for the tests: written, imported, and what became of them. */
final class CallRecordFiles {

  static final String HEADER =
      "call_id,started_at,calling_number,called_number,answered,duration_seconds,call_class";

  private CallRecordFiles() {}

  /** A call ID no other test run uses. */
  static String callId() {
    return "it-" + UUID.randomUUID();
  }

  /** Drops the rows into the call-record folder and starts the job on it; the execution. */
  static long drop(String name, List<String> rows) {
    String dropped =
        Urls.supportWith(
            "/billing/drop?name=" + OrderFiles.encode(name), String.join("\r\n", rows) + "\r\n");
    return Long.parseLong(Urls.support("/billing/start?file=" + OrderFiles.encode(dropped)));
  }

  /** Drops the rows and waits for the import's end: "batch-status exit-status". */
  static String importFromFolder(String name, List<String> rows) {
    return OrderFiles.awaitEnd(drop(name, rows));
  }

  /** "state loaded already refused unbilled duplicateOf path" of the newest import of the name. */
  static String importOf(String name) {
    return Urls.get(Urls.SUPPORT + "/billing/import?name=" + OrderFiles.encode(name)).body();
  }

  /** The rows of the result file of the newest import of that name, header first. */
  static List<String> result(String name) {
    String csv = Urls.get(Urls.SUPPORT + "/billing/result?name=" + OrderFiles.encode(name)).body();
    assertThat(csv).startsWith("\uFEFF行,通話ID,処理結果,理由コード,理由,reason\r\n");
    return List.of(csv.substring(1).split("\r\n"));
  }
}
