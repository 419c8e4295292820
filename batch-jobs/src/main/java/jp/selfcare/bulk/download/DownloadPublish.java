package jp.selfcare.bulk.download;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.history.JobCounts;

/** Stores the finished work file as the download and completes the entry; rerunning is harmless. */
@Named
@Dependent
public class DownloadPublish extends ResultStep {

  @Override
  public String process() throws IOException {
    Path file = DownloadJob.workFile(operationId());
    long rows;
    try (var lines = Files.lines(file)) {
      rows = Math.max(0, lines.count() - 1);
    }
    // named like its header row, which the file format fixes in Japanese whatever the user's
    // language
    store(fileName("一括設定", "csv"), CSV, file);
    Files.deleteIfExists(file);
    complete(JobCounts.written((int) rows));
    return "COMPLETED";
  }
}
