package jp.selfcare.billing.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.selfcare.batch.DropFolder;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.billing.calls.CallImport;
import jp.selfcare.billing.calls.CallImportState;
import jp.selfcare.billing.calls.CallProblemRow;
import jp.selfcare.billing.calls.CallRowProblem;

/**
 * The import's last step: the result file (one row per row refused or loaded unbilled: 行, 通話ID,
 * 処理結果, 理由コード, and the reasons in Japanese and in English; UTF-8 with BOM, CRLF, as Excel opens
 * it), then the file moved to done/ — or failed/ when a row was refused — with the result beside
 * it, and the import finished with its counts. A restart of this step finds the file moved already
 * and writes the same result again.
 */
@Named
@Dependent
public class CallImportFinish extends AbstractBatchlet {

  private static final int PAGE = 1000;

  @Inject private CurrentCallImport current;

  @Override
  public String process() throws IOException {
    CallImport begun = current.get();
    byte[] result = result(begun);
    boolean failed =
        begun.state() != CallImportState.DUPLICATE && refusedAny(current.id(), current.execution());
    Path processing = Path.of(begun.filePath());
    Path target = CallFolder.FOLDER.finished(processing, failed);
    if (Files.exists(processing)) {
      Files.write(DropFolder.resultOf(target), result);
      Files.move(processing, target, StandardCopyOption.REPLACE_EXISTING);
    }
    CallImport finished =
        current.imports().finish(current.id(), current.execution(), target.toString(), result);
    current.ended(finished.state().name());
    return finished.state().name();
  }

  private boolean refusedAny(long id, long execution) {
    long after = 0;
    List<CallProblemRow> page;
    do {
      page = current.imports().problemsForResult(id, execution, after, PAGE);
      for (CallProblemRow row : page) {
        if (!row.loaded()) {
          return true;
        }
        after = row.line();
      }
    } while (page.size() == PAGE);
    return false;
  }

  private byte[] result(CallImport begun) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CsvWriter csv = ResultStep.excelCsv(out)) {
      csv.writeRecord("行", "通話ID", "処理結果", "理由コード", "理由", "reason");
      if (begun.state() == CallImportState.DUPLICATE) {
        csv.writeRecord(
            "",
            "",
            "DUPLICATE",
            "",
            "同じ内容のファイルを取込番号 " + begun.duplicateOf() + " で取り込み済みのため、読み込みませんでした。",
            "The same file was imported as import " + begun.duplicateOf() + ": not read again.");
      } else {
        problems(csv);
      }
    }
    return bytes.toByteArray();
  }

  private void problems(CsvWriter csv) {
    long after = 0;
    List<CallProblemRow> page;
    do {
      page = current.imports().problemsForResult(current.id(), current.execution(), after, PAGE);
      for (CallProblemRow row : page) {
        csv.writeRecord(
            Long.toString(row.line()),
            row.callId() == null ? "" : row.callId(),
            row.loaded() ? "UNBILLED" : "REFUSED",
            row.problems().stream().map(Enum::name).collect(Collectors.joining(" ")),
            text(row, Locale.JAPANESE),
            text(row, Locale.ENGLISH));
        after = row.line();
      }
    } while (page.size() == PAGE);
  }

  private static String text(CallProblemRow row, Locale language) {
    return row.problems().stream()
        .map((CallRowProblem p) -> p.message(language))
        .collect(Collectors.joining(" "));
  }
}
