package jp.selfcare.bulk.activation;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.batch.SpreadsheetCells;
import jp.selfcare.bulk.Activation;
import jp.selfcare.bulk.BulkActivationWork;
import jp.selfcare.bulk.BulkActivationWork.Result;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.history.JobCounts;

/**
 * The job's last step: the result file (one row per member: IP電話番号, 処理結果, エラー内容; UTF-8 with BOM,
 * CRLF) stored with the history entry, then the group's 開始 / 停止, the hold given back and the entry
 * completed with its counts. Storing replaces a file of the same name and finishing twice changes
 * nothing, so a restart of this step is harmless.
 */
@Named
@Dependent
public class BulkActivationResult extends ResultStep {

  @Inject
  @BatchProperty(name = BulkActivations.GROUP_ID)
  private String groupId;

  @Inject
  @BatchProperty(name = BulkActivations.HOLD_ID)
  private String holdId;

  @Inject
  @BatchProperty(name = BulkActivations.ACTIVATION)
  private String activation;

  @Inject
  @BatchProperty(name = BulkActivations.LANGUAGE)
  private String language;

  @EJB private BulkActivationWork work;

  @Override
  public String process() throws IOException {
    long id = operationId();
    ResourceBundle texts =
        ResourceBundle.getBundle(
            "jp.selfcare.bulk.activation.activation",
            Locale.forLanguageTag("en".equals(language) ? "en" : "ja"));
    List<Result> results = work.results(id);
    Path file = Files.createTempFile("bulk-activation-" + id, ".csv");
    try {
      write(results, texts, file);
      store(
          fileName(texts.getString("file." + Activation.valueOf(activation).name()), "csv"),
          CSV,
          file);
    } finally {
      Files.deleteIfExists(file);
    }
    long failed = results.stream().filter(r -> !r.applied()).count();
    work.finish(
        id,
        Long.parseLong(groupId),
        Long.parseLong(holdId),
        JobCounts.checked(results.size() - (int) failed, (int) failed));
    return "COMPLETED";
  }

  private static void write(List<Result> results, ResourceBundle texts, Path file)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvWriter csv = excelCsv(out);
      csv.writeRecord(
          List.of(
              texts.getString("header.number"),
              texts.getString("header.result"),
              texts.getString("header.error")));
      for (Result r : results) {
        csv.writeRecord(
            SpreadsheetCells.texts(
                List.of(
                    r.number(),
                    texts.getString(r.applied() ? "ok" : "error"),
                    r.error() == null
                        ? ""
                        : texts.containsKey(r.error()) ? texts.getString(r.error()) : r.error())));
      }
      csv.flush();
    }
  }
}
