package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 一括転送 in Chromium: a group registered through the two-list picker (all candidates moved at once),
 * started with the confirmation, its progress followed until 開始, the result file downloaded with
 * the browser's session; then stopped and deleted.
 */
@ExtendWith(ArquillianExtension.class)
class BulkForwardingPageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private void confirm() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("bk:confirmYes"))).click();
  }

  private void untilState(String label) {
    wait.until(d -> d.findElement(By.id("bk:groupState")).getText().equals(label));
  }

  @Test
  void aGroupIsRegisteredStartedFollowedAndItsResultDownloaded() throws Exception {
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuBulk")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bk:siteId")));
    PortalBrowser.type(browser, "bk:siteId", "1000001");
    browser.findElement(By.id("bk:new")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bk:newName")));
    PortalBrowser.type(browser, "bk:newName", "画面テスト");
    PortalBrowser.type(browser, "bk:newSite", "");
    browser.findElement(By.id("bk:findCandidates")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bk:messages"), "サイトIDを入力してください"));
    assertThat(browser.findElement(By.id("bk:messages")).getText())
        .as("an empty site ID is missing, not unknown")
        .doesNotContain("サイトはありません");
    PortalBrowser.type(browser, "bk:newSite", "1000001");
    PortalBrowser.type(browser, "bk:numberPart", "035001045");
    browser.findElement(By.id("bk:findCandidates")).click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#bk\\:members .ui-picklist-source li.ui-picklist-item"), 10));
    browser.findElement(By.cssSelector("#bk\\:members .ui-picklist-button-add-all")).click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#bk\\:members .ui-picklist-target li.ui-picklist-item"), 10));
    browser.findElement(By.id("bk:registerGroup")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groupTitle"), "画面テスト"));
    assertThat(browser.findElement(By.id("bk:groupCount")).getText()).isEqualTo("10");
    untilState("停止");

    browser.findElement(By.id("bk:start")).click();
    confirm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bk:messages"), "受け付けました"));
    untilState("開始");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bk:activations"), "10 / 10"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#bk\\:activations a.result-file")));
    // the demo's bulk forwarding numbers have their リスト5: every member forwards
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("bk:activations"), "正常 10 件、エラー 0 件"));
    assertThat(browser.findElement(By.id("bk:activations")).getText()).doesNotContain("OK,");
    assertThat(browser.findElement(By.id("groupNumbers")).getText())
        .as("the members as a list, not as a Java collection")
        .contains("0350010450")
        .doesNotContain("[")
        .doesNotContain(",");

    String href =
        browser.findElement(By.cssSelector("#bk\\:activations a.result-file")).getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    String csv = new String(file.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFIP電話番号,処理結果,エラー内容\r\n").contains("0350010450,正常終了,");
    assertThat(csv.split("\r\n")).hasSize(11);
    assertThat(Urls.getBytes(href).statusCode()).as("no session").isNotEqualTo(200);

    browser.findElement(By.id("bk:stop")).click();
    confirm();
    untilState("停止");
    browser.findElement(By.id("bk:delete")).click();
    confirm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bk:messages"), "削除しました"));
  }

  @Test
  void aSiteAdministratorsNewGroupStartsWithItsSite() {
    String[] admin =
        support(
                "/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001&twoStep=false")
            .split(" ");
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", admin[0]);
    PortalBrowser.type(browser, "login:password", admin[1]);
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    browser.findElement(By.id("appMenuForm:menuBulk")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("bk:new"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bk:newSite")));
    assertThat(browser.findElement(By.id("bk:newSite")).getAttribute("value")).isEqualTo("1000001");
  }
}
