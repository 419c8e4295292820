package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.sql.DataSource;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.ResultFileStore;

/**
 * The result file: 行番号, the input columns, 処理結果, エラー内容 (the rules in words) and 変更内容 (what changed
 * — or would change, in a dry run), in input order, UTF-8 with BOM and CRLF, streamed row by row.
 * Then the entry completes with its counts and the work file goes. Storing replaces a file of the
 * same name, so a restart of this step is harmless.
 */
@Named
@Dependent
public class UploadResult extends AbstractBatchlet {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject
  @BatchProperty(name = UploadJob.OPERATION_ID)
  private String operationId;

  @Inject
  @BatchProperty(name = UploadJob.DRY_RUN)
  private String dryRun;

  @Inject
  @BatchProperty(name = UploadJob.LANGUAGE)
  private String language;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @EJB private ResultFileStore store;

  @EJB private OperationHistory history;

  @Override
  public String process() throws IOException, SQLException {
    long id = Long.parseLong(operationId);
    boolean check = Boolean.parseBoolean(dryRun);
    ResourceBundle texts =
        ResourceBundle.getBundle("jp.selfcare.bulk.upload.upload", Locale.forLanguageTag(language));
    Operation operation = history.byId(id).orElseThrow();
    Path file = Files.createTempFile("upload-result-" + id, ".csv");
    long[] counts = new long[2];
    try {
      write(id, check, texts, file, counts);
      store.store(
          id,
          texts.getString(check ? "file.check" : "file.upload")
              + "_"
              + STAMP.format(operation.acceptedAt())
              + ".csv",
          "text/csv; charset=UTF-8",
          file);
    } finally {
      Files.deleteIfExists(file);
    }
    Files.deleteIfExists(UploadJob.workFile(id));
    history.finish(id, OperationState.COMPLETED, counts[0] + " OK, " + counts[1] + " ERROR");
    return "COMPLETED";
  }

  private void write(long id, boolean check, ResourceBundle texts, Path file, long[] counts)
      throws IOException, SQLException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT line, fields, ok, error, change FROM bulk_upload_row"
                    + " WHERE operation_id = ? ORDER BY line")) {
      out.write('\uFEFF');
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
      List<String> header = new ArrayList<>();
      header.add(texts.getString("header.line"));
      header.addAll(SettingsCsv.HEADER);
      header.add(texts.getString("header.result"));
      header.add(texts.getString("header.error"));
      header.add(texts.getString("header.change"));
      csv.writeRecord(header);
      s.setLong(1, id);
      s.setFetchSize(1000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          boolean ok = rs.getBoolean("ok");
          counts[ok ? 0 : 1]++;
          String change = rs.getString("change");
          List<String> row = new ArrayList<>();
          row.add(Long.toString(rs.getLong("line")));
          row.addAll(fields(rs.getString("fields")));
          row.add(
              !ok
                  ? texts.getString("error")
                  : check ? texts.getString("checked") : texts.getString("ok"));
          row.add(ok ? "" : errors(rs.getString("error"), texts));
          row.add(
              !ok
                  ? ""
                  : change == null || change.isEmpty() ? texts.getString("unchanged") : change);
          csv.writeRecord(row);
        }
      }
      csv.flush();
    }
  }

  private static List<String> fields(String encoded) {
    try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
        CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(encoded)) {
      return reader.stream().findFirst().map(r -> r.getFields()).orElse(List.of());
    } catch (IOException e) {
      return List.of(encoded);
    }
  }

  /** The error codes of a row in words, in the order they were found. */
  static String errors(String codes, ResourceBundle texts) {
    if (codes == null || codes.isEmpty()) {
      return "";
    }
    List<String> words = new ArrayList<>();
    for (String code : codes.split("\\|")) {
      if (code.startsWith("list:")) {
        String[] parts = code.split(":", 3);
        words.add(MessageFormat.format(texts.getString("list"), parts[1], text(texts, parts[2])));
      } else {
        words.add(text(texts, code));
      }
    }
    return String.join(" ", words);
  }

  private static String text(ResourceBundle texts, String key) {
    return texts.containsKey(key) ? texts.getString(key) : key;
  }
}
