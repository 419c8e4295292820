package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 一括設定アップロード (spec 40-bulk-and-batch.md §2, §3) as a job: partial success with every kind of bad
 * row reported in words and the good rows applied; a dry run that reports the same and changes
 * nothing; the same file again changes nothing; a file that is not such a CSV refused before any
 * job.
 */
@ExtendWith(ArquillianExtension.class)
class BulkSettingsUploadIT {

  private static final String AS = "vg:Y15000001";
  private static final String HEADER =
      "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String upload(String text, Charset charset, boolean dry) throws Exception {
    return BulkJobs.upload(AS, text.getBytes(charset), dry);
  }

  /** Runs the upload to its end; the result file's text. */
  private static String run(String text, Charset charset, boolean dry) throws Exception {
    long operation = BulkJobs.accepted(upload(text, charset, dry));
    BulkJobs.awaitCompleted(operation, Duration.ofMinutes(2));
    return Urls.get(Urls.SUPPORT + "/bulk/result-files?operation=" + operation).body();
  }

  private static String decide(String number) {
    return Urls.get(Urls.SUPPORT + "/routing/incoming?called=" + number + "&caller=0311112222")
        .body();
  }

  private static long settings(String number) {
    return Urls.count(
        "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
            + " WHERE n.number = '"
            + number
            + "' AND f.forward");
  }

  private static final String FILE =
      HEADER
          + "\r\n0350010460,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000"
          + "\r\n0350010461,2,0,0,0,0,,,,,,,03-2222-0000"
          + "\r\n0350010462,1,1,0,0,0,,1,03-1111-2222,,,,"
          + "\r\n0350010460,0,0,0,0,0,,,,,,,03-2222-0000"
          + "\r\n0399999999,0,0,0,0,0,,,,,,,"
          + "\r\n\"0350010463\",\"1\",\"1\",\"0\",\"0\",\"0\",\"\",\"1\",\"03-1,1\",,,,03-2222-0000"
          + "\r\n0350010464,1,0,0,1,0,20,5,,,,,03-3333-0000\r\n";

  @Test
  void aDryRunReportsEverythingAndChangesNothingThenTheUploadAppliesTheGoodRows() throws Exception {
    String check = run(FILE, StandardCharsets.UTF_8, true);
    assertThat(check)
        .startsWith("一括設定チェック結果_")
        .contains("行番号,IP電話番号,転送設定")
        .contains(",処理結果,エラー内容,変更内容\r\n")
        .contains("2,0350010460,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000,チェックOK（未適用）,,")
        .contains("転送設定: 0 → 1");
    assertThat(settings("0350010460")).as("a dry run applies nothing").isZero();
    assertThat(decide("0350010460")).isEqualTo("RING 0350010460");

    String result = run(FILE, StandardCharsets.UTF_8, false);
    assertThat(result.split("\r\n")).hasSize(1 + 7 + 1);
    assertThat(result)
        .startsWith("一括設定アップロード結果_")
        .contains("2,0350010460,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000,正常終了,,")
        .contains("3,0350010461,2,0,0,0,0,,,,,,,03-2222-0000,エラー,転送設定と転送条件の列は1か0で入力してください。,")
        .contains("4,0350010462,1,1,0,0,0,,1,03-1111-2222,,,,,エラー,一括転送契約有のため、リスト5（一括転送先）は必須です。,")
        .contains("5,0350010460,0,0,0,0,0,,,,,,,03-2222-0000,エラー,同じIP電話番号がファイル内で先に指定されています。,")
        .contains("6,0399999999,0,0,0,0,0,,,,,,,,エラー,この番号は存在しないか、設定できる範囲にありません。,")
        .contains("7,0350010463,1,1,0,0,0,,1,\"03-1,1\",,,,03-2222-0000,エラー,リスト1：")
        .contains("8,0350010464,1,0,0,1,0,20,5,,,,,03-3333-0000,正常終了,,");
    assertThat(decide("0350010460")).isEqualTo("FORWARD ALWAYS 0311112222");
    assertThat(settings("0350010461")).as("a bad row changes nothing").isZero();
    assertThat(settings("0350010462")).isZero();

    String again = run(FILE, StandardCharsets.UTF_8, false);
    assertThat(again).contains("2,0350010460,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000,正常終了,,変更なし");
  }

  @Test
  void windows31jFilesAreReadAsSuch() throws Exception {
    String file = HEADER + "\r\n0350010465,0,0,0,0,0,,,,,,,髙﨑\r\n";
    String result = run(file, Charset.forName("windows-31j"), true);
    assertThat(result).contains("2,0350010465,0,0,0,0,0,,,,,,,髙﨑,エラー,リスト5：");
  }

  @Test
  void aFileThatIsNotSuchACsvIsRefusedBeforeAnyJob() throws Exception {
    long before =
        Urls.count("SELECT COUNT(*) FROM operation WHERE operation_type LIKE 'BULK_SETTINGS_%'");
    assertThat(upload("IP電話番号,転送\r\n0350010460,1\r\n", StandardCharsets.UTF_8, false))
        .isEqualTo("REFUSED HEADER");
    assertThat(upload(HEADER + "\r\n", StandardCharsets.UTF_8, false)).isEqualTo("REFUSED EMPTY");
    assertThat(upload("\u0000\u0001PK", StandardCharsets.ISO_8859_1, false))
        .isEqualTo("REFUSED BINARY");
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM operation WHERE operation_type LIKE 'BULK_SETTINGS_%'"))
        .isEqualTo(before);
  }

  @Test
  void aDownloadOfSelectedNumbersHoldsExactlyThoseAndASelectionOutsideIsRefused() throws Exception {
    long download =
        BulkJobs.accepted(
            support(
                "/bulk/download?as="
                    + AS
                    + "&site=1000001&part=03500104&numbers=0350010482,03-5001-0440,0350010499"));
    BulkJobs.awaitCompleted(download, Duration.ofMinutes(1));
    assertThat(BulkJobs.outcome(download)).isEqualTo("COMPLETED 3 rows");
    assertThat(
            Urls.get(
                    Urls.SUPPORT
                        + "/bulk/history?as="
                        + AS
                        + "&pw=&target="
                        + URLEncoder.encode("1000001 03500104 (3)", StandardCharsets.UTF_8))
                .body())
        .as("the history's entry, counted to the end, with its file")
        .isEqualTo("BULK_SETTINGS_DOWNLOAD COMPLETED 3/3 1");
    String text = BulkJobs.resultFile(download);
    assertThat(text.split("\r\n"))
        .extracting(l -> l.split(",")[0])
        .containsExactly("\uFEFF" + "IP電話番号", "0350010440", "0350010482", "0350010499");

    long before = Urls.count("SELECT COUNT(*) FROM operation");
    assertThat(
            support(
                "/bulk/download?as="
                    + AS
                    + "&site=1000001&part=03500104&numbers=0350010482,0456000080"))
        .as("a number the search does not find (another site)")
        .isEqualTo("NOT_ALLOWED");
    assertThat(support("/bulk/download?as=" + AS + "&site=1000001&part=&numbers=-"))
        .as("nothing selected")
        .isEqualTo("INVALID");
    assertThat(Urls.count("SELECT COUNT(*) FROM operation"))
        .as("nothing recorded")
        .isEqualTo(before);
  }

  @Test
  void aDownloadUploadedUnchangedChangesNothing() throws Exception {
    long download =
        BulkJobs.accepted(support("/bulk/download?as=" + AS + "&site=1000001&part=03500104"));
    BulkJobs.awaitCompleted(download, Duration.ofMinutes(2));
    assertThat(BulkJobs.outcome(download)).isEqualTo("COMPLETED 100 rows");
    String text = BulkJobs.resultFile(download);
    assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n").contains("\r\n0350010499,");
    assertThat(text.split("\r\n")).hasSize(101);

    long upload =
        BulkJobs.accepted(BulkJobs.upload(AS, text.getBytes(StandardCharsets.UTF_8), false));
    BulkJobs.awaitCompleted(upload, Duration.ofMinutes(2));
    assertThat(BulkJobs.outcome(upload)).isEqualTo("COMPLETED 100 OK, 0 ERROR");
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM bulk_upload_part WHERE operation_id = "
                    + upload
                    + " AND changed_rows > 0"))
        .as("the round trip changes nothing")
        .isZero();
  }
}
