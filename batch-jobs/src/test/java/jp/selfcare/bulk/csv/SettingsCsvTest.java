package jp.selfcare.bulk.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.selfcare.bulk.csv.CsvRefusedException.Reason;
import jp.selfcare.bulk.csv.SettingsCsv.Parsed;
import jp.selfcare.bulk.csv.SettingsCsv.RowProblem;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 一括設定 CSV of spec 40-bulk-and-batch.md §3: shape, encodings, quoting, rows. */
class SettingsCsvTest {

  private static final String HEADER = String.join(",", SettingsCsv.HEADER);

  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "upload", ".csv");
    Files.write(file, bytes);
    return file;
  }

  private Path file(String text, Charset charset) throws IOException {
    return file(text.getBytes(charset));
  }

  private List<Parsed> rows(Path file) throws Exception {
    SettingsCsv.Shape shape = SettingsCsv.check(file);
    List<Parsed> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = SettingsCsv.reader(file, shape.charset())) {
      boolean header = true;
      for (CsvRecord record : reader) {
        if (header) {
          header = false;
          continue;
        }
        rows.add(SettingsCsv.parse(record));
      }
    }
    return rows;
  }

  @Test
  void utf8WithBomAndCrlf() throws Exception {
    Path f =
        file(
            "\uFEFF" + HEADER + "\r\n0312345678,1,1,0,0,0,,1,03-1111-2222,,,,0322220000\r\n",
            StandardCharsets.UTF_8);
    assertThat(SettingsCsv.check(f))
        .isEqualTo(new SettingsCsv.Shape(StandardCharsets.UTF_8, 1, Set.of("0312345678")));
    Parsed row = rows(f).get(0);
    assertThat(row.wellFormed()).isTrue();
    assertThat(row.number()).isEqualTo("0312345678");
    assertThat(row.form().unconditional()).isTrue();
    assertThat(row.form().target()).isEqualTo(ForwardingTarget.LIST_1);
    assertThat(row.form().lists()).containsExactly("03-1111-2222", "", "", "", "0322220000");
    assertThat(row.line()).isEqualTo(2);
  }

  @Test
  void utf8WithoutBomAndLf() throws Exception {
    Path f = file(HEADER + "\n03-1234-5678,0,0,0,0,0,,,,,,,\n", StandardCharsets.UTF_8);
    assertThat(SettingsCsv.check(f).charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(rows(f).get(0).number()).isEqualTo("0312345678");
  }

  @Test
  void windows31jTextIsRecognisedWithItsOwnCharacters() throws Exception {
    String header = HEADER;
    String quirky = "\"①～－№髙﨑\"";
    Path f =
        file(header + "\r\n0312345678,0,0,0,0,0,,,,,,," + quirky + "\r\n", SettingsCsv.WINDOWS_31J);
    assertThat(SettingsCsv.check(f).charset()).isEqualTo(SettingsCsv.WINDOWS_31J);
    Parsed row = rows(f).get(0);
    assertThat(row.form().lists().get(4)).isEqualTo("①～－№髙﨑");
  }

  @Test
  void quotedFieldsKeepCommasAndLineBreaks() throws Exception {
    Path f =
        file(
            HEADER + "\r\n\"0312345678\",1,0,1,0,0,,\"2\",,\"03-1,1\r\n2\",,,0322220000\r\n",
            StandardCharsets.UTF_8);
    List<Parsed> rows = rows(f);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).form().lists().get(1)).isEqualTo("03-1,1\r\n2");
  }

  @Test
  void theShapeNamesTheWellFormedNumbersTheUploadHolds() throws Exception {
    Path f =
        file(
            HEADER
                + "\n03-1234-5678,0,0,0,0,0,,,,,,,"
                + "\n 0312345679 ,0,0,0,0,0,,,,,,,"
                + "\n03-1234-5678,1,1,0,0,0,,1,0311110000,,,,"
                + "\n0312,0,0,0,0,0,,,,,,,"
                + "\nabc,0,0,0,0,0,,,,,,,"
                + "\n"
                + "\n\n",
            StandardCharsets.UTF_8);
    assertThat(SettingsCsv.check(f))
        .as("hyphens and blanks removed, each number once, malformed ones left out")
        .isEqualTo(
            new SettingsCsv.Shape(StandardCharsets.UTF_8, 5, Set.of("0312345678", "0312345679")));
  }

  @Test
  void refusedFiles() throws Exception {
    assertRefused(file(new byte[0]), Reason.EMPTY);
    assertRefused(file(HEADER + "\r\n", StandardCharsets.UTF_8), Reason.EMPTY);
    assertRefused(file(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2}), Reason.BINARY);
    assertRefused(file(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x41}), Reason.BINARY);
    assertRefused(file("IP電話番号,転送設定\r\n0312345678,1\r\n", StandardCharsets.UTF_8), Reason.HEADER);
    assertRefused(
        file(HEADER + "\r\n\"0312345678,1,0\r\n", StandardCharsets.UTF_8), Reason.NOT_CSV);
  }

  @Test
  void moreThanTheLimitIsRefused() throws Exception {
    StringBuilder text = new StringBuilder(HEADER).append("\r\n");
    for (int i = 0; i <= SettingsCsv.MAX_ROWS; i++) {
      text.append("0300000000,0,0,0,0,0,,,,,,,\r\n");
    }
    assertRefused(file(text.toString(), StandardCharsets.UTF_8), Reason.TOO_MANY_ROWS);
  }

  private static void assertRefused(Path file, Reason reason) {
    assertThatThrownBy(() -> SettingsCsv.check(file))
        .isInstanceOfSatisfying(
            CsvRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0312345678,1,1,0,0,0,,1,0311112222,,,,0322220000 | ''",
        "0312345678,1,0,0,1,0,20,VM,,,,,0322220000 | ''",
        "0312345678,0,0,0,0,0,,,,,,, | ''",
        "0312345678,1,1,0,0,0,, | FIELD_COUNT",
        "03123,0,0,0,0,0,,,,,,, | NUMBER",
        "0312345678,2,0,0,0,0,,,,,,, | FLAG",
        "0312345678,1,yes,0,0,0,,1,,,,, | FLAG",
        "0312345678,1,1,0,0,0,20,1,0311112222,,,, | RING_WITHOUT_NO_ANSWER",
        "0312345678,1,1,0,0,0,,6,0311112222,,,, | TARGET",
        "0312345678,0,0,0,0,0,,1,0311112222,,,, | TARGET_WITHOUT_FORWARDING",
        "x,3,0,0,0,0,,X,,,,, | NUMBER FLAG TARGET",
      })
  void rowShape(String line, String expected) {
    Parsed row = SettingsCsv.parse(CsvReaderHolder.record(line));
    assertThat(row.problems().stream().map(RowProblem::name).toList())
        .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
  }

  @Test
  void aDownloadedRowReadsBackAsTheSameSetting() {
    ForwardingSetting setting =
        new ForwardingSetting(
            true,
            false,
            true,
            true,
            false,
            25,
            List.of("0311112222", "", "09012345678", "", "0322220000"),
            ForwardingTarget.LIST_3);
    List<String> row = SettingsCsv.row("0312345678", setting);
    assertThat(row)
        .containsExactly(
            "0312345678",
            "1",
            "0",
            "1",
            "1",
            "0",
            "25",
            "3",
            "0311112222",
            "",
            "09012345678",
            "",
            "0322220000");
    Parsed parsed = SettingsCsv.parse(CsvReaderHolder.record(String.join(",", row)));
    assertThat(parsed.wellFormed()).isTrue();
    assertThat(parsed.form()).isEqualTo(setting.asForm());
  }

  /** One CSV line as a record. */
  static final class CsvReaderHolder {
    static CsvRecord record(String line) {
      return CsvReader.builder()
          .allowMissingFields(true)
          .allowExtraFields(true)
          .ofSingleCsvRecord(line);
    }
  }
}
