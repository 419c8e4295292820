package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The number directory in a real headless Chromium: paging, filtering, errors, language. */
@ExtendWith(ArquillianExtension.class)
class NumberDirectoryPageIT extends ChromiumTest {

  private static final String PAGE = Urls.APP + "/portal/numbers.xhtml";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void open() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(PAGE);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results:numbers")));
  }

  @Test
  void pagesThroughEveryNumberOfTheCallersCustomer() {
    // 株式会社サンプル商事's numbers (2,050 in the demo, more once tests provision some); テスト物産's
    // 100 are never listed for its administrator.
    assertThat(pageReport()).isEqualTo("1-20 / " + Urls.sampleCustomerNumbers());
    String firstOnPageOne = firstNumber();

    browser
        .findElement(By.cssSelector("#results\\:numbers_paginator_top .ui-paginator-next"))
        .click();
    wait.until(d -> pageReport().startsWith("21-40"));

    assertThat(firstNumber()).isNotEqualTo(firstOnPageOne);
    assertThat(rows()).isEqualTo(20);
  }

  @Test
  void filtersByContractAndByPartOfTheNumber() {
    type("search:contract", "N200000003");
    search();
    wait.until(d -> pageReport().endsWith("/ 200"));
    assertThat(firstNumber()).isEqualTo("0456000000");

    type("search:digits", "045-600-0010");
    search();
    wait.until(d -> pageReport().endsWith("/ 1"));
    assertThat(firstNumber()).isEqualTo("0456000010");
    assertThat(browser.findElement(By.id("results:numbers")).getText())
        .contains("基本契約番号", "N200000003");
  }

  @Test
  void aMalformedContractNumberIsExplainedAndTheListStays() {
    type("search:contract", "X123");
    search();
    WebElement error =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search\\:messages .ui-messages-error")));
    assertThat(error.getText()).contains("契約番号は「N」と9桁の数字");
    assertThat(pageReport()).isEqualTo("1-20 / " + Urls.sampleCustomerNumbers());
  }

  @Test
  void anotherCustomersContractListsNothing() {
    type("search:contract", "N300000001");
    search();
    wait.until(d -> pageReport().endsWith("/ 0"));
  }

  @Test
  void anUnknownContractListsNothingAndItsDownloadIsRefusedWithAReason() {
    type("search:contract", "N999999999");
    search();
    wait.until(d -> pageReport().endsWith("/ 0"));
    assertThat(browser.findElement(By.id("results:numbers")).getText()).contains("該当する番号はありません");

    browser.findElement(By.id("downloads:downloadButton")).click();
    WebElement error =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search\\:messages .ui-messages-error")));
    assertThat(error.getText()).contains("N999999999", "IP Voice 契約はありません");
    assertThat(browser.findElements(By.cssSelector("#downloads a.result-file"))).isEmpty();
  }

  @Test
  void switchesToEnglish() {
    browser.findElement(By.id("language:en")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Number directory"));
    assertThat(browser.findElement(By.id("results:numbers")).getText())
        .contains("Telephone number");
    browser.findElement(By.id("language:ja")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "番号一覧"));
  }

  @Test
  void startsTheNumberInformationDownloadAndOffersItsFiles() throws Exception {
    type("search:contract", "N200000006");
    search();
    wait.until(d -> pageReport().endsWith("/ 150"));
    browser.findElement(By.id("downloads:downloadButton")).click();
    wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#downloads a.result-file"), 2));
    assertThat(browser.findElement(By.id("downloads")).getText()).contains("完了", ".csv", ".xlsx");

    // The link serves the file with this browser's session, and nothing without it.
    String href =
        browser.findElement(By.cssSelector("#downloads a.result-file")).getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> withSession =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(withSession.statusCode()).isEqualTo(200);
    assertThat(withSession.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment");
    assertThat(Urls.getBytes(href).statusCode()).as("no session").isEqualTo(404);
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void search() {
    browser.findElement(By.id("search:searchButton")).click();
  }

  private String pageReport() {
    return browser
        .findElement(By.cssSelector("#results\\:numbers_paginator_top .ui-paginator-current"))
        .getText()
        .strip();
  }

  private String firstNumber() {
    return browser
        .findElement(By.cssSelector("#results\\:numbers_data tr:first-child .number"))
        .getText();
  }

  private int rows() {
    return browser.findElements(By.cssSelector("#results\\:numbers_data tr")).size();
  }
}
