package jp.selfcare.numbers.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import jp.selfcare.directory.NumberRow;
import jp.selfcare.numbers.AddOn;

/**
 * Appends rows to the operation's work file. The checkpoint is the file's length after the last
 * committed chunk: on restart the file is cut back to it, so rows of a chunk that rolled back are
 * neither lost nor written twice.
 */
@Named
@Dependent
public class WorkFileWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = NumberInformationJob.OPERATION_ID)
  private String operationId;

  private Path file;

  /** For CDI. */
  public WorkFileWriter() {}

  /** For tests: the writer of one operation's work file. */
  WorkFileWriter(String operationId) {
    this.operationId = operationId;
  }

  @Override
  public void open(Serializable checkpoint) throws IOException {
    file = NumberInformationJob.workFile(Long.parseLong(operationId));
    Files.createDirectories(file.getParent());
    long keep = checkpoint == null ? 0 : (Long) checkpoint;
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      if (channel.size() < keep) {
        throw new IOException("work file " + file + " is shorter than its checkpoint; start anew");
      }
      channel.truncate(keep);
    }
  }

  @Override
  public void writeItems(List<Object> items) throws IOException {
    try (CsvWriter csv =
        CsvWriter.builder()
            .lineDelimiter(LineDelimiter.LF)
            .build(
                Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND))) {
      for (Object item : items) {
        csv.writeRecord(WorkRecord.of((NumberRow) item));
      }
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  @Override
  public Serializable checkpointInfo() throws IOException {
    return Files.size(file);
  }

  /** The raw columns of the work file; {@link NumberInformationFiles} turns them into labels. */
  static final class WorkRecord {
    static final int NUMBER = 0;
    static final int TYPE = 1;
    static final int BASIC = 2;
    static final int CONTRACT = 3;
    static final int SITE = 4;
    static final int PRESENTED = 5;
    static final int DESTINATION = 6;
    static final int FIRST_ADD_ON = 7;

    private WorkRecord() {}

    static String[] of(NumberRow row) {
      AddOn[] addOns = AddOn.values();
      String[] fields = new String[FIRST_ADD_ON + addOns.length];
      fields[NUMBER] = row.number();
      fields[TYPE] = row.type().name();
      fields[BASIC] = nullToEmpty(row.basicNumber());
      fields[CONTRACT] = row.contractNumber();
      fields[SITE] = row.siteId();
      fields[PRESENTED] = nullToEmpty(row.addOns().presentedNumber());
      fields[DESTINATION] = nullToEmpty(row.addOns().destinationNumber());
      for (AddOn addOn : addOns) {
        fields[FIRST_ADD_ON + addOn.ordinal()] = row.addOns().has(addOn) ? "1" : "0";
      }
      return fields;
    }

    private static String nullToEmpty(String value) {
      return value == null ? "" : value;
    }
  }
}
