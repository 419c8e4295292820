package jp.selfcare.billing.download;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.billing.station.StationExports;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.OperationType;

/**
 * The download's one step: the rows streamed from the database into a CSV file (UTF-8 with BOM,
 * CRLF, as Excel opens it), stored with the history entry and the entry completed with the row
 * count. A restart writes the whole file again and stores it in place of any earlier one.
 */
@Named
@Dependent
public class StationCsv extends ResultStep {

  @Inject private JobContext job;

  @EJB private StationExports exports;

  @Override
  public String process() throws IOException {
    Properties properties = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    Map<String, String> parameters = new HashMap<>();
    properties.stringPropertyNames().forEach(n -> parameters.put(n, properties.getProperty(n)));
    OperationType kind = OperationType.valueOf(parameters.get(StationDownloads.KIND));
    StationCsvLayout layout = new StationCsvLayout(kind, parameters.get(StationDownloads.LANGUAGE));
    Path file = Files.createTempFile("selfcare-station-", ".csv");
    try {
      long rows;
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CsvWriter csv = excelCsv(out)) {
        csv.writeRecord(layout.header());
        rows =
            exports.export(
                job.getInstanceId(),
                job.getExecutionId(),
                parameters,
                values -> csv.writeRecord(layout.row(values)));
      }
      store(fileName(layout.stem(), "csv"), CSV, file);
      complete(JobCounts.written((int) Math.min(rows, Integer.MAX_VALUE)));
    } finally {
      Files.deleteIfExists(file);
    }
    return "COMPLETED";
  }
}
