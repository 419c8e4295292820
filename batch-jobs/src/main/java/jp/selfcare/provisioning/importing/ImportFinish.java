package jp.selfcare.provisioning.importing;

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
import jp.selfcare.batch.DropFolder;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.provisioning.LineOutcome;
import jp.selfcare.provisioning.OrderImports.Import;

/**
 * The import's last step: the result file (one row per line: 行, 受注ID, 種別, 処理結果, 理由コード, and the
 * reason in Japanese and in English; UTF-8 with BOM, CRLF, as Excel opens it), then the order file
 * moved to done/ — or failed/ when an order was refused — with the result beside it, and the import
 * finished with both. A restart of this step finds the file already moved and writes the same
 * result again.
 */
@Named
@Dependent
public class ImportFinish extends AbstractBatchlet {

  private static final int PAGE = 1000;

  @Inject private CurrentImport current;

  @Override
  public String process() throws IOException {
    Import begun = current.get();
    Path processing = Path.of(begun.filePath());
    Path target = ImportFolder.FOLDER.finished(processing, begun.refused() > 0);
    byte[] result = result();
    if (Files.exists(processing)) {
      Files.write(DropFolder.resultOf(target), result);
      Files.move(processing, target, StandardCopyOption.REPLACE_EXISTING);
    }
    Import finished =
        current.imports().finish(current.id(), current.execution(), target.toString(), result);
    current.ended(finished.state().name());
    return finished.state().name();
  }

  private byte[] result() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CsvWriter csv = ResultStep.excelCsv(out)) {
      csv.writeRecord("行", "受注ID", "種別", "処理結果", "理由コード", "理由", "reason");
      int after = 0;
      List<LineOutcome> page;
      do {
        page = current.imports().linesForResult(current.id(), current.execution(), after, PAGE);
        for (LineOutcome line : page) {
          csv.writeRecord(
              Integer.toString(line.line()),
              blank(line.orderId()),
              blank(line.kind()),
              line.outcome().name(),
              line.reason() == null ? "" : line.reason().name(),
              text(line, Locale.JAPANESE),
              text(line, Locale.ENGLISH));
          after = line.line();
        }
      } while (page.size() == PAGE);
    }
    return bytes.toByteArray();
  }

  private static String text(LineOutcome line, Locale language) {
    if (line.reason() != null) {
      return line.reason().message(language, line.detail());
    }
    if (line.outcome() == LineOutcome.Outcome.SKIPPED) {
      return (language == Locale.JAPANESE ? "適用済み: " : "applied before: ") + line.detail();
    }
    return "";
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }
}
