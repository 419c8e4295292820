package jp.selfcare.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.ResultFileStore;
import jp.selfcare.history.UserJobs;

/**
 * The last step of a user's job: its result file stored with the history entry, named after the
 * time the operation was accepted (Japan time, as the users read it), then the entry completed with
 * its counts. Storing replaces a file of the same name and completing twice changes nothing, so a
 * restart of the step is harmless.
 */
public abstract class ResultStep extends AbstractBatchlet {

  /** A CSV result's media type. */
  protected static final String CSV = "text/csv; charset=UTF-8";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject
  @BatchProperty(name = UserJobs.OPERATION_ID)
  private String operationId;

  @EJB private ResultFileStore store;

  @EJB private OperationHistory history;

  /** The job's history entry. */
  protected final long operationId() {
    return Long.parseLong(operationId);
  }

  protected final Operation operation() {
    return history.byId(operationId()).orElseThrow();
  }

  /** {@code stem_yyyyMMddHHmmss.extension}, stamped with the operation's acceptance. */
  protected final String fileName(String stem, String extension) {
    return stem + "_" + STAMP.format(operation().acceptedAt()) + "." + extension;
  }

  /** Stores a result file with the entry (replacing one of the same name). */
  protected final void store(String name, String type, Path file) {
    store.store(operationId(), name, type, file);
  }

  /** Completes the entry with its counts. */
  protected final void complete(JobCounts counts) {
    history.complete(operationId(), counts);
  }

  /** A CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF line ends. */
  public static CsvWriter excelCsv(Writer out) throws IOException {
    out.write('\uFEFF');
    return CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
  }
}
