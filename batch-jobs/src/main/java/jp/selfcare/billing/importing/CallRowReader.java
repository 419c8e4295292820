package jp.selfcare.billing.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import jp.selfcare.billing.calls.CallRecordFormat;
import jp.selfcare.billing.calls.CallRow;

/**
 * Streams the call-record file's rows (UTF-8, a byte order mark allowed, LF or CRLF, blank lines
 * passed over): one row at a time, so memory stays flat whatever the file's size. The checkpoint is
 * the number of rows read, so a restarted import continues after the last committed chunk. A file
 * whose first row is not the header is read no further than that row.
 */
@Named
@Dependent
public class CallRowReader extends AbstractItemReader {

  @Inject private CurrentCallImport current;

  private CsvReader<CsvRecord> csv;
  private Iterator<CsvRecord> records;
  private long read;
  private boolean stopped;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    csv =
        CsvReader.builder()
            .detectBomHeader(true)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(Path.of(current.get().filePath()), StandardCharsets.UTF_8);
    records = csv.iterator();
    long skip = checkpoint == null ? 0 : (Long) checkpoint;
    while (read < skip && records.hasNext()) {
      records.next();
      read++;
    }
  }

  @Override
  public Object readItem() {
    if (stopped || !records.hasNext()) {
      return null;
    }
    CsvRecord record = records.next();
    read++;
    boolean header = read == 1;
    CallRow row = new CallRow(record.getStartingLineNumber(), record.getFields(), header);
    if (header && !CallRecordFormat.isHeader(record.getFields())) {
      stopped = true;
    }
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
  }
}
