package jp.selfcare.bulk.download;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.ResultFileStore;

/** Stores the finished work file as the download and completes the entry; rerunning is harmless. */
@Named
@Dependent
public class DownloadPublish extends AbstractBatchlet {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject
  @BatchProperty(name = DownloadJob.OPERATION_ID)
  private String operationId;

  @EJB private ResultFileStore store;

  @EJB private OperationHistory history;

  @Override
  public String process() throws IOException {
    long id = Long.parseLong(operationId);
    Operation operation = history.byId(id).orElseThrow();
    Path file = DownloadJob.workFile(id);
    long rows;
    try (var lines = Files.lines(file)) {
      rows = Math.max(0, lines.count() - 1);
    }
    store.store(
        id,
        "一括設定_" + STAMP.format(operation.acceptedAt()) + ".csv",
        "text/csv; charset=UTF-8",
        file);
    Files.deleteIfExists(file);
    history.complete(id, JobCounts.written((int) rows));
    return "COMPLETED";
  }
}
