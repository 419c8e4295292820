package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.history.JobCounts;

/**
 * The result file: the header and the chunks' parts ({@code bulk_upload_part}, rows already in the
 * uploader's language) in line order, UTF-8 with BOM and CRLF, streamed part by part. Then the
 * entry completes with its counts and the work file goes. Storing replaces a file of the same name,
 * so a restart of this step is harmless.
 */
@Named
@Dependent
public class UploadResult extends ResultStep {

  @Inject
  @BatchProperty(name = UploadJob.DRY_RUN)
  private String dryRun;

  @Inject
  @BatchProperty(name = UploadJob.LANGUAGE)
  private String language;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Override
  public String process() throws IOException, SQLException {
    long id = operationId();
    ResultRows rows = new ResultRows(language, Boolean.parseBoolean(dryRun));
    Path file = Files.createTempFile("upload-result-" + id, ".csv");
    long[] counts = new long[2];
    try {
      write(id, rows, file, counts);
      store(fileName(rows.fileName(), "csv"), CSV, file);
    } finally {
      Files.deleteIfExists(file);
    }
    Files.deleteIfExists(UploadJob.workFile(id));
    complete(JobCounts.checked((int) counts[0], (int) counts[1]));
    return "COMPLETED";
  }

  private void write(long id, ResultRows rows, Path file, long[] counts)
      throws IOException, SQLException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT ok_rows, error_rows, content FROM bulk_upload_part"
                    + " WHERE operation_id = ? ORDER BY first_line")) {
      CsvWriter csv = excelCsv(out);
      csv.writeRecord(rows.header());
      csv.flush();
      s.setLong(1, id);
      s.setFetchSize(1);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts[0] += rs.getInt(1);
          counts[1] += rs.getInt(2);
          try (Reader part = rs.getCharacterStream(3)) {
            part.transferTo(out);
          }
        }
      }
    }
  }
}
