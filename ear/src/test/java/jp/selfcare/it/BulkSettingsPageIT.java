package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 一括設定 in Chromium: a CSV with bad rows uploaded as a check, its result file downloaded with the
 * browser's session; a file that is not such a CSV refused with a message.
 */
@ExtendWith(ArquillianExtension.class)
class BulkSettingsPageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  private static final String HEADER =
      "IP電話番号,転送設定,無条件転送,話中時転送,無応答転送,不通時転送,呼出時間,転送先,リスト1,リスト2,リスト3,リスト4,リスト5";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private void uploadFile(String text, boolean check) throws Exception {
    Path file = Files.createTempFile("browser-upload", ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    browser.findElement(By.cssSelector("#up input[type=file]")).sendKeys(file.toString());
    if (check) {
      browser.findElement(By.cssSelector("#up\\:dryRun .ui-chkbox-box")).click();
    }
    browser.findElement(By.id("up:upload")).click();
  }

  @Test
  void aCsvWithBadRowsIsCheckedAndItsResultDownloaded() throws Exception {
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuBulkSettings")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("up:upload")));

    uploadFile("a,b\r\n1,2\r\n", false);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("up:messages"), "見出し行ではありません"));

    // another account's bulk activation in progress on the site refuses the upload, naming itself
    String hold =
        Urls.support(
            "/holds/acquire?kind=BULK_ACTIVATION&account=it-other-admin&site=1000001&numbers=");
    try {
      uploadFile(HEADER + "\r\n0350010470,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000\r\n", false);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("up:messages"), "it-other-admin が「一括転送の開始／停止」を実行中のため、受け付けられません。"));
    } finally {
      Urls.support("/holds/release?id=" + hold);
    }
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM operation WHERE operation_type = 'BULK_SETTINGS_UPLOAD'"
                    + " AND target LIKE 'browser-upload%'"))
        .as("nothing recorded")
        .isZero();

    uploadFile(
        HEADER
            + "\r\n0350010470,1,1,0,0,0,,1,03-1111-2222,,,,03-2222-0000"
            + "\r\n0350010471,9,0,0,0,0,,,,,,,03-2222-0000\r\n",
        true);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("up:messages"), "受け付けました"));
    assertThat(browser.findElement(By.id("dl:messages")).getText())
        .as("the upload's notice stays in its own section")
        .doesNotContain("受け付けました");
    // other tests' downloads of this login may be listed below: wait for the check's own outcome
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("recent:operations"), "正常 1 件、エラー 1 件"));
    assertThat(browser.findElement(By.id("recent:operations")).getText())
        .contains("一括設定アップロード（チェックのみ）", "正常 1 件、エラー 1 件");

    String href =
        browser
            .findElement(By.cssSelector("#recent\\:operations a.result-file"))
            .getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> result =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(result.statusCode()).isEqualTo(200);
    String csv = new String(result.body(), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("2,0350010470,")
        .contains("チェックOK（未適用）")
        .contains("3,0350010471,9,")
        .contains("エラー,転送設定と転送条件の列は1か0で入力してください。");
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n"
                    + " ON n.id = f.ip_number_id WHERE n.number = '0350010470' AND f.forward"))
        .as("a check applies nothing")
        .isZero();

    // ダウンロード of one hand-picked number of a search
    PortalBrowser.type(browser, "dl:siteId", "1000001");
    PortalBrowser.type(browser, "dl:numberPart", "035001047");
    browser.findElement(By.id("dl:search")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dl:found:0:pick")));
    assertThat(browser.findElement(By.id("dl:found")).getText()).contains("0350010470");
    browser.findElement(By.id("dl:download")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("dl:messages"), "選択してください"));
    browser.findElement(By.cssSelector("#dl\\:found\\:1\\:pick .ui-chkbox-box")).click();
    Thread.sleep(500); // the tick goes to the server by ajax
    browser.findElement(By.id("dl:download")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dl:messages"), "受け付けました"));

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("recent:operations"), "1000001 035001047 (1)"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("recent:operations"), "1000001 035001047 (1) 設定完了 (1 件)"));
    assertThat(browser.findElement(By.id("recent:operations")).getText())
        .as("the download's count in the reader's words")
        .doesNotContain(" rows");

    // 設定履歴: the check is listed; its 詳細 offers the same file under 結果出力
    browser.findElement(By.id("appMenuForm:menuHistory")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history:entries")));
    assertThat(browser.findElement(By.id("history:entries")).getText())
        .contains("一括設定アップロード（チェックのみ）");
    browser.findElement(By.id("history:entries:1:detail")).click(); // 0 is the download
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#history\\:job a.result-file")));
    assertThat(browser.findElement(By.id("history:job")).getText())
        .contains("結果出力", "正常 1 件、エラー 1 件");
    assertThat(
            browser
                .findElement(By.cssSelector("#history\\:job a.result-file"))
                .getAttribute("href"))
        .isEqualTo(href);
  }
}
