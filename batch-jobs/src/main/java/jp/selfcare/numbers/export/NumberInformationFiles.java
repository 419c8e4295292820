package jp.selfcare.numbers.export;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.selfcare.batch.ResultStep;
import jp.selfcare.history.Operation;
import jp.selfcare.numbers.export.NumberInformationLayout.Cell;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Turns the work file into the CSV and XLSX result files, streaming row by row, stores both and
 * removes the work folder. Storing replaces files of the same name, so running it again after a
 * crash is harmless.
 */
@Named
@Dependent
public class NumberInformationFiles extends ResultStep {

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Asia/Tokyo"));
  private static final int FLUSH_EVERY = 1000;

  @Inject
  @BatchProperty(name = NumberInformationJob.CONTRACT_NUMBER)
  private String contractNumber;

  @Inject
  @BatchProperty(name = NumberInformationJob.LANGUAGE)
  private String language;

  @Override
  public String process() throws IOException {
    long id = operationId();
    Operation operation = operation();
    NumberInformationLayout layout = new NumberInformationLayout(Locale.forLanguageTag(language));
    Path work = NumberInformationJob.workFile(id);
    Path csv = work.resolveSibling("out.csv");
    Path xlsx = work.resolveSibling("out.xlsx");
    writeCsv(layout, work, csv);
    writeXlsx(layout, work, xlsx);
    String stem =
        layout.fileStem() + "_" + contractNumber + "_" + STAMP.format(operation.acceptedAt());
    store(stem + ".csv", CSV, csv);
    store(stem + ".xlsx", XLSX_TYPE, xlsx);
    deleteRecursively(NumberInformationJob.workDirectory(id));
    return "COMPLETED";
  }

  /** UTF-8 with a byte-order mark and CRLF, which Excel opens correctly. */
  private static void writeCsv(NumberInformationLayout layout, Path work, Path target)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      CsvWriter csv = excelCsv(out);
      csv.writeRecord(layout.header());
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(work)) {
        for (CsvRecord record : reader) {
          csv.writeRecord(layout.row(record.getFields()).stream().map(Cell::csv).toList());
        }
      }
      csv.flush();
    }
  }

  /** Every cell a string cell: leading zeros survive without Excel's help. */
  private static void writeXlsx(NumberInformationLayout layout, Path work, Path target)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      Workbook workbook = new Workbook(out, "selfcare", "1.0");
      Worksheet sheet = workbook.newWorksheet(layout.sheetName());
      List<String> header = layout.header();
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
        sheet.style(0, c).bold().set();
      }
      int r = 1;
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(work)) {
        for (CsvRecord record : reader) {
          List<Cell> row = layout.row(record.getFields());
          for (int c = 0; c < row.size(); c++) {
            sheet.value(r, c, row.get(c).value());
          }
          if (r++ % FLUSH_EVERY == 0) {
            sheet.flush();
          }
        }
      }
      workbook.finish();
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
