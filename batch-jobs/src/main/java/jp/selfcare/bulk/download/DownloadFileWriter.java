package jp.selfcare.bulk.download;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import jp.selfcare.batch.SpreadsheetCells;
import jp.selfcare.bulk.csv.SettingsCsv;
import jp.selfcare.history.Progress;

/**
 * Appends the rows to the work file, which is the download itself (BOM and header written first),
 * and counts them on the history entry. The checkpoint is the file's length after the last
 * committed chunk: a restart cuts the file back to it, so no row is lost or written twice.
 */
@Named
@Dependent
public class DownloadFileWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = DownloadJob.OPERATION_ID)
  private String operationId;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  private Path file;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    file = DownloadJob.workFile(Long.parseLong(operationId));
    Files.createDirectories(file.getParent());
    if (checkpoint == null) {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        CsvWriter.builder()
            .lineDelimiter(LineDelimiter.CRLF)
            .build(out)
            .writeRecord(SettingsCsv.HEADER)
            .flush();
      }
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long keep = (Long) checkpoint;
      if (channel.size() < keep) {
        throw new IOException("work file " + file + " is shorter than its checkpoint");
      }
      channel.truncate(keep);
    }
  }

  @Override
  public void writeItems(List<Object> items) throws IOException, SQLException {
    try (Writer out =
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
      CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
      for (Object item : items) {
        BulkSettingsDownloads.Line line = (BulkSettingsDownloads.Line) item;
        csv.writeRecord(SpreadsheetCells.texts(SettingsCsv.row(line.number(), line.setting())));
      }
      csv.flush();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    // the history's progress bar, in the chunk's transaction with its checkpoint
    try (Connection connection = dataSource.getConnection()) {
      Progress.advance(connection, Long.parseLong(operationId), items.size());
    }
  }

  @Override
  public Serializable checkpointInfo() throws IOException {
    return Files.size(file);
  }
}
