package jp.selfcare.bulk.upload;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import javax.sql.DataSource;
import jp.selfcare.bulk.csv.SettingsCsv;

/**
 * Reads the uploaded file's data rows in order, streaming. The file comes from the database (so any
 * node can run the job) into a work file once; the checkpoint is the number of rows read, so a
 * restart skips exactly the rows of the committed chunks.
 */
@Named
@Dependent
public class UploadRowReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = UploadJob.OPERATION_ID)
  private String operationId;

  @Inject
  @BatchProperty(name = UploadJob.CHARSET)
  private String charset;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  private CsvReader<CsvRecord> reader;
  private Iterator<CsvRecord> records;
  private long read;

  @Override
  public void open(Serializable checkpoint) throws IOException, SQLException {
    Path file = UploadJob.workFile(Long.parseLong(operationId));
    if (!Files.exists(file)) {
      copyOut(file);
    }
    reader = SettingsCsv.reader(file, Charset.forName(charset));
    records = reader.iterator();
    records.next(); // the header
    long skip = checkpoint == null ? 0 : (Long) checkpoint;
    for (long i = 0; i < skip && records.hasNext(); i++) {
      records.next();
    }
    read = skip;
  }

  private void copyOut(Path file) throws IOException, SQLException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT content FROM bulk_upload_input WHERE operation_id = ?")) {
      s.setLong(1, Long.parseLong(operationId));
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IOException("no uploaded file for operation " + operationId);
        }
        try (InputStream in = rs.getBinaryStream(1)) {
          Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public Object readItem() {
    if (!records.hasNext()) {
      return null;
    }
    read++;
    return SettingsCsv.parse(records.next());
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}
