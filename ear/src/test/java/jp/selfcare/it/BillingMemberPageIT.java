package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Web Billing's member area in a real headless Chromium, at desktop size and at a phone's 390×844:
 * the login with the secret question, the top page with its menu (behind the hamburger on the
 * phone), the contact mail change completed from the link in the mailbox, target lines added and
 * removed, and the cancellation that ends the member's logins.
 */
@ExtendWith(ArquillianExtension.class)
class BillingMemberPageIT extends ChromiumTest {

  private static final String PASSWORD = "Keiri-2026";

  private static final Pattern CONFIRM_LINK =
      Pattern.compile("(http\\S+/billing/confirm\\.xhtml\\?token=\\S+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void desktopAgain() {
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  private static String member(String loginId, boolean secretAuth, String mail) {
    support(
        "/members/new?customer=N100000001&login="
            + loginId
            + "&password="
            + PASSWORD
            + "&answer="
            + URLEncoder.encode("ポチ", StandardCharsets.UTF_8)
            + "&secretAuth="
            + secretAuth
            + "&mail="
            + mail
            + "&lines=0350000000");
    return loginId;
  }

  private void logIn(String loginId) {
    browser.get(Urls.APP + "/billing/login.xhtml");
    type("login:loginId", loginId);
    type("login:password", PASSWORD);
    browser.findElement(By.id("login:submit")).click();
  }

  @Test
  void theSecretQuestionThenTheTopPageWithItsMenu() {
    String id = member("PageQ2026a", true, "pageq@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question:answer")));
    assertThat(browser.findElement(By.id("asked")).getText()).isEqualTo("初めて飼ったペットの名前は？");
    type("question:answer", "ﾎﾟﾁ");
    browser.findElement(By.id("question:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("question:messages"), "秘密の質問の回答が正しくありません"));
    type("question:answer", "ポチ");
    browser.findElement(By.id("question:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("appMenuForm:who")).getText()).isEqualTo("経理 太郎 様");
    assertThat(browser.findElement(By.id("appMenuForm:lastLogin")).getText())
        .contains("初めてのログインです");
    assertThat(browser.findElement(By.id("appMenu")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("hamburger")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("appMenuForm:menuBills")).getText()).contains("お支払い・請求状況");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("???");

    browser.findElement(By.id("appMenuForm:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question:answer")));
    type("question:answer", "ポチ");
    browser.findElement(By.id("question:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("appMenuForm:lastLogin")).getText())
        .as("the login before this one")
        .matches("前回ログイン日時: \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}.*");
  }

  @Test
  void onAPhoneTheMenuOpensFromTheHamburger() {
    browser.manage().window().setSize(new Dimension(390, 844));
    String id = member("PageP2026a", false, "pagep@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("hamburger")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("appMenuForm:menuMember")).isDisplayed()).isFalse();
    browser.findElement(By.id("hamburger")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appMenuForm:menuMember")));
    browser.findElement(By.id("appMenuForm:menuMember")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("info")));
    assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("株式会社サンプル商事");
    assertThat(browser.findElement(By.id("lines")).getText()).isEqualTo("1 回線");
    Long overflow =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as("nothing wider than the phone's screen").isLessThanOrEqualTo(0L);
  }

  @Test
  void aNewContactMailIsCompletedFromTheMailboxLink() throws Exception {
    String id = member("PageM2026a", false, "pagem-old@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.get(Urls.APP + "/billing/member.xhtml");
    browser.findElement(By.id("member:changeMail")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("mail:changeMail"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mail:newMail")));
    type("mail:newMail", "pagem-new@sample-shoji.example");
    type("mail:newMailAgain", "pagem-new@sample-shoji.example");
    PortalBrowser.choose(browser, "mail:question", "生まれた町の名前は？");
    type("mail:answer", "ナゴヤ");
    browser.findElement(By.id("mail:next")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmMail")));
    assertThat(browser.findElement(By.id("confirmMail")).getText())
        .isEqualTo("pagem-new@sample-shoji.example");
    browser.findElement(By.id("mail:apply")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("doneTitle")).getText()).contains("受付完了");

    String text = ItMail.text(ItMail.awaitMail(smtp, "pagem-new@sample-shoji.example", 1));
    Matcher link = CONFIRM_LINK.matcher(text);
    assertThat(link.find()).isTrue();
    browser.manage().deleteAllCookies();
    browser.get(link.group(1));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:answer")));
    PortalBrowser.choose(browser, "confirm:question", "生まれた町の名前は？");
    type("confirm:answer", "ﾅｺﾞﾔ");
    browser.findElement(By.id("confirm:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("confirm:messages"), "一致しません"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
                    + id
                    + "' AND contact_mail = 'pagem-old@sample-shoji.example'"))
        .isOne();
    PortalBrowser.choose(browser, "confirm:question", "生まれた町の名前は？");
    type("confirm:answer", "ナゴヤ");
    browser.findElement(By.id("confirm:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("done")).getText()).contains("完了しました");
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member WHERE login_id = '"
                    + id
                    + "' AND contact_mail = 'pagem-new@sample-shoji.example'"))
        .isOne();
  }

  @Test
  void targetLinesAreAddedAndRemoved() {
    String id = member("PageL2026a", false, "pagel@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.get(Urls.APP + "/billing/lines.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lines:number")));
    type("lines:number", "0525000000");
    browser.findElement(By.id("lines:addLine")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("lines:messages"), "0525000000：登録済みの回線名義と異なる名義の回線は追加できません"));
    for (String number : new String[] {"0350000001", "0350000002"}) {
      type("lines:number", number);
      browser.findElement(By.id("lines:addLine")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("lines:pending"), number));
    }
    browser.findElement(By.id("lines:pending:1:drop")).click();
    wait.until(
        ExpectedConditions.not(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("lines:pending"), "0350000002")));
    browser.findElement(By.cssSelector("label[for='lines:removing:0']")).click();
    browser.findElement(By.id("lines:next")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmAdd")));
    assertThat(browser.findElement(By.id("confirmAdd")).getText()).isEqualTo("0350000001");
    assertThat(browser.findElement(By.id("confirmRemove")).getText()).isEqualTo("0350000000");
    browser.findElement(By.id("lines:apply")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    String lines =
        "SELECT COUNT(*) FROM billing_member_line l JOIN billing_member m ON m.id = l.member_id"
            + " WHERE m.login_id = '"
            + id
            + "'";
    assertThat(count(lines)).isOne();
    assertThat(count(lines + " AND l.number = '0350000001'")).isOne();
  }

  /** June 2026's bills, computed and closed (once for the class's tests, whichever runs first). */
  private static void juneClosed() {
    assertThat(OrderFiles.awaitEnd(Long.parseLong(support("/bills/start?month=2026-06"))))
        .startsWith("COMPLETED");
    assertThat(support("/bills/close?month=2026-06")).isIn("CLOSED", "UNCHANGED");
  }

  @Test
  void aCertificateIsMadeAndItsPdfOpensOnAPhone() throws Exception {
    juneClosed();
    browser.manage().window().setSize(new Dimension(390, 844));
    String id = member("PageD2026a", false, "paged@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.findElement(By.id("hamburger")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("appMenuForm:menuCertificates")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:applyButton")));
    browser.findElement(By.id("apply:applyButton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("apply:messages"), "対象期間（ご利用月）を選択してください"));
    PortalBrowser.choose(browser, "apply:from", "2026-06");
    PortalBrowser.choose(browser, "apply:to", "2026-06");
    browser.findElement(By.id("apply:applyButton")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#documents a.result-file")));
    org.openqa.selenium.WebElement link =
        browser.findElement(By.cssSelector("#documents a.result-file"));
    assertThat(link.getText()).startsWith("usage-certificate_2026-06_").endsWith(".pdf");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    java.net.http.HttpResponse<byte[]> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.getAttribute("href")))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf =
        org.apache.pdfbox.Loader.loadPDF(response.body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
          .contains("ご利用料金証明書", "株式会社サンプル商事 御中", "2026年6月分", "N200000001");
    }
    browser.get(Urls.APP + "/billing/invoices.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents:documentList")));
    assertThat(browser.findElement(By.id("documents:documentList")).getText())
        .as("the download list holds the certificates too")
        .contains("ご利用料金証明書", "2026-06", "完了");
  }

  @Test
  void theBillsOfAClosedMonthWithTheTwelveMonthChart() {
    juneClosed();
    String id = member("PageB2026a", false, "pageb@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.findElement(By.id("appMenuForm:menuBills")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bills:months")));
    String chart =
        (String)
            wait.until(
                d ->
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                            "var c = document.querySelector('[id$=\"monthChart\"] canvas');"
                                + " var chart = c && window.Chart && Chart.getChart(c);"
                                + " return chart ? chart.data.labels.length + ' '"
                                + " + chart.data.datasets.map(function (s) { return s.label; })"
                                + ".join('/') + ' ' + chart.options.scales.y.stacked"
                                + " + ' ' + chart.data.datasets[0].data["
                                + " chart.data.labels.indexOf('2026-06')] : null;"));
    assertThat(chart)
        .as("12 months, stacked by kind, June's basic charges")
        .matches("12 基本料/付加機能/通話料 true [1-9]\\d*");
    assertThat(browser.findElement(By.id("bills:months")).getText())
        .contains("2026-06", "2026-07-31", "未払い");
    browser.findElement(By.cssSelector("[id^='bills:months:'][id$=':show']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detailTitle")));
    assertThat(browser.findElement(By.id("detail")).getText())
        .contains("ご契約番号 N200000001", "0350000000", "ご請求額（税込）");
  }

  @Test
  void aCancelledMemberIsLoggedOutForGood() {
    String id = member("PageC2026a", false, "pagec@sample-shoji.example");
    logIn(id);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    browser.get(Urls.APP + "/billing/member.xhtml");
    browser.findElement(By.id("member:startCancel")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("member:chooseCancel"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member:reason")));
    browser.findElement(By.id("member:cancelNext")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("member:messages"), "解約理由を選択してください"));
    PortalBrowser.choose(browser, "member:reason", "紙の請求書で確認したい");
    browser.findElement(By.id("member:cancelNext")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmReason")));
    browser.findElement(By.id("member:cancelApply")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelled")));
    browser.get(Urls.APP + "/billing/index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:loginId")));
    logIn(id);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "解約済み"));
  }

  private static void type(String id, String text) {
    PortalBrowser.type(browser, id, text);
  }
}
