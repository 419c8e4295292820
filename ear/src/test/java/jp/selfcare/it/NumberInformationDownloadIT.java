package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 番号情報ダウンロード as a batch job: the request returns at once, the job finishes, and the CSV and XLSX
 * served from the database hold exactly the contract's numbers with their add-ons.
 */
@ExtendWith(ArquillianExtension.class)
class NumberInformationDownloadIT {

  /** 横浜営業所's contract: 200 numbers, 20 of them basic. */
  private static final String CONTRACT = "N200000003";

  private static final int NUMBERS = 200;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void producesCsvAndXlsxOfTheContractsNumbers() throws IOException {
    Map<String, byte[]> files = download(CONTRACT, "ja");

    byte[] csv =
        files.entrySet().stream()
            .filter(e -> e.getKey().endsWith(".csv"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\n");
    List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
    assertThat(records).hasSize(NUMBERS + 1);
    assertThat(records.get(0).getFields())
        .startsWith("サービス名", "契約番号", "拠点ID", "電話番号", "番号種別", "基本契約番号")
        .contains("メッセージボックス", "迷惑電話お断り", "非通知着信拒否", "一括転送", "転送先特定番号", "メンバーズネット");
    List<String> first = records.get(1).getFields();
    assertThat(first.get(0)).isEqualTo("Arcstar IP Voice");
    assertThat(first.get(1)).isEqualTo(CONTRACT);
    assertThat(first.get(3)).as("number kept as text for Excel").isEqualTo("=\"0456000000\"");
    assertThat(first.get(4)).isEqualTo("基本契約番号");
    List<String> second = records.get(2).getFields();
    assertThat(second.get(3)).isEqualTo("=\"0456000001\"");
    assertThat(second.get(4)).isEqualTo("ダイヤルイン番号");
    assertThat(second.get(5)).isEqualTo("=\"0456000000\"");
    // Index 1 has a message box in the demo spread (index % 4 == 1); index 0 has anonymous
    // rejection.
    int messageBox = records.get(0).getFields().indexOf("メッセージボックス");
    int anonymous = records.get(0).getFields().indexOf("非通知着信拒否");
    assertThat(second.get(messageBox)).isEqualTo("有");
    assertThat(first.get(messageBox)).isEqualTo("無");
    assertThat(first.get(anonymous)).isEqualTo("有");

    byte[] xlsx =
        files.entrySet().stream()
            .filter(e -> e.getKey().endsWith(".xlsx"))
            .findFirst()
            .orElseThrow()
            .getValue();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("番号情報");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(NUMBERS + 1);
      assertThat(rows.get(0).getCellText(3)).isEqualTo("電話番号");
      assertThat(rows.get(1).getCellText(3)).as("leading zero kept").isEqualTo("0456000000");
      assertThat(rows.get(NUMBERS).getCellText(3)).isEqualTo("0456000199");
    }
  }

  @Test
  void englishLabelsForAnEnglishUser() throws IOException {
    Map<String, byte[]> files = download("N200000006", "en");
    String name = files.keySet().stream().filter(n -> n.endsWith(".csv")).findFirst().orElseThrow();
    assertThat(name).startsWith("number-information_N200000006_");
    String text = new String(files.get(name), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Telephone number", "Dial-in number", "Forwarding to specific number");
  }

  @Test
  void anUnknownOrAnotherCustomersContractStartsNoJob() {
    assertThat(Urls.post(Urls.SUPPORT + "/downloads?contract=N999999999&lang=ja").body())
        .isEqualTo("UNKNOWN_CONTRACT");
    assertThat(Urls.post(Urls.SUPPORT + "/downloads?contract=N300000001&lang=ja").body())
        .as("テスト物産's contract, asked by サンプル商事's administrator")
        .isEqualTo("UNKNOWN_CONTRACT");
    assertThat(
            Urls.post(
                    Urls.SUPPORT
                        + "/downloads?contract=N200000003&lang=ja&as=suzuki@sample-shoji.example")
                .body())
        .as("a general user in no group")
        .isEqualTo("UNKNOWN_CONTRACT");
    String own =
        Urls.post(
                Urls.SUPPORT
                    + "/downloads?contract=N300000001&lang=ja&as=admin@test-bussan.example")
            .body();
    assertThat(own).as("テスト物産's own administrator").matches("\\d+");
    awaitFinished(own);
    String file = Urls.get(Urls.SUPPORT + "/operations/" + own + "/files").body().split("\t")[0];
    assertThat(
            Urls.getBytes(Urls.SUPPORT + "/files/" + file + "?as=admin@test-bussan.example")
                .statusCode())
        .isEqualTo(200);
    assertThat(Urls.getBytes(Urls.SUPPORT + "/files/" + file).statusCode())
        .as("サンプル商事's administrator cannot read テスト物産's file")
        .isNotEqualTo(200);
  }

  private static void awaitFinished(String operation) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"RUNNING".equals(Urls.get(Urls.SUPPORT + "/operations/" + operation).body()));
    assertThat(Urls.get(Urls.SUPPORT + "/operations/" + operation).body()).isEqualTo("COMPLETED");
  }

  /**
   * Requests a download, waits for the job, and fetches every result file from the store as the
   * requesting administrator (the /files/ servlet behind login is driven by the browser test).
   */
  private static Map<String, byte[]> download(String contract, String language) {
    HttpResponse<String> accepted =
        Urls.post(Urls.SUPPORT + "/downloads?contract=" + contract + "&lang=" + language);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    String operation = accepted.body().strip();
    awaitFinished(operation);
    List<String[]> listed =
        Arrays.stream(
                Urls.get(Urls.SUPPORT + "/operations/" + operation + "/files").body().split("\n"))
            .map(line -> line.split("\t"))
            .toList();
    assertThat(listed).hasSize(2);
    return listed.stream()
        .collect(
            Collectors.toMap(
                f -> f[1],
                f -> {
                  HttpResponse<byte[]> file = Urls.getBytes(Urls.SUPPORT + "/files/" + f[0]);
                  assertThat(file.statusCode()).isEqualTo(200);
                  return file.body();
                }));
  }
}
