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
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
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
    Path file = UploadJob.input(dataSource, Long.parseLong(operationId));
    reader = SettingsCsv.reader(file, Charset.forName(charset));
    records = reader.iterator();
    records.next(); // the header
    long skip = checkpoint == null ? 0 : (Long) checkpoint;
    for (long i = 0; i < skip && records.hasNext(); i++) {
      records.next();
    }
    read = skip;
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
