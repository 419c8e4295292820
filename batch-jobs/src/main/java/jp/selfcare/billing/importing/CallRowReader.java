package jp.selfcare.billing.importing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jp.selfcare.billing.calls.CallRecordFormat;
import jp.selfcare.billing.calls.CallRow;

/**
 * Streams the call-record file's rows (UTF-8, a byte order mark allowed, LF or CRLF, blank lines
 * passed over): one row at a time, so memory stays flat whatever the file's size. Where several
 * threads load the file ({@link CallImportPartitions}) each reader returns every n-th row. The
 * checkpoint is the number of rows read (the thread's own and the others'), so a restarted import
 * continues after the last committed chunk. A file whose first row is not the header is read no
 * further than that row.
 */
@Named
@Dependent
public class CallRowReader extends AbstractItemReader {

  @Inject private CurrentCallImport current;

  /** Which of the threads loading the file this reader feeds (0 reads the header). */
  @Inject
  @BatchProperty(name = "partition")
  private String partition;

  /** How many threads load the file: this reader returns every n-th row. */
  @Inject
  @BatchProperty(name = "partitions")
  private String partitions;

  private CsvReader<CallRow> csv;
  private Iterator<CallRow> records;
  private Rows rows;
  private boolean stopped;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    rows =
        new Rows(
            partition == null ? 0 : Integer.parseInt(partition),
            partitions == null ? 1 : Integer.parseInt(partitions),
            checkpoint == null ? 0 : (Long) checkpoint);
    csv =
        CsvReader.builder()
            .detectBomHeader(true)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(rows, Path.of(current.get().filePath()), StandardCharsets.UTF_8);
    records = csv.iterator();
  }

  @Override
  public Object readItem() {
    while (!stopped && records.hasNext()) {
      CallRow row = records.next();
      if (row.header()) {
        // past a row that is not the header no thread reads further
        stopped = !CallRecordFormat.isHeader(row.fields());
        if (!rows.first()) {
          // the first thread passes the header over, or reports the row
          continue;
        }
      }
      return row;
    }
    return null;
  }

  @Override
  public Serializable checkpointInfo() {
    return rows.read;
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
  }

  /**
   * Makes rows of the file's records: the header for every thread, then every n-th record for this
   * one; the others (and those before the checkpoint) are parsed and passed over without their
   * fields being built.
   */
  private static final class Rows extends AbstractBaseCsvCallbackHandler<CallRow> {

    private final int mine;
    private final int of;
    private final long resumeAt;
    private final List<String> fields = new ArrayList<>();

    /** Rows (records that are not empty) read so far. */
    private long read;

    private boolean keep;

    Rows(int mine, int of, long resumeAt) {
      this.mine = mine;
      this.of = of;
      this.resumeAt = resumeAt;
    }

    boolean first() {
      return mine == 0;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      fields.clear();
      keep = read >= resumeAt && (read == 0 || read % of == mine);
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (keep) {
        fields.add(new String(buf, offset, len));
      }
    }

    @Override
    protected CallRow buildRecord() {
      if (getRecordType() != RecordType.DATA) {
        return null;
      }
      read++;
      return keep ? new CallRow(getStartingLineNumber(), fields, read == 1) : null;
    }
  }
}
