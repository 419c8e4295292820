package jp.selfcare.it;

import static jp.selfcare.it.CallRecordFiles.HEADER;
import static jp.selfcare.it.CallRecordFiles.callId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Billing Station in a real headless Chromium, as the sample customer's administrator: the
 * bills of a month, a call search, the per-caller chart and a CSV download opened and checked.
 */
@ExtendWith(ArquillianExtension.class)
class BillingStationPageIT extends ChromiumTest {

  /** A month no other test's calls fall in. */
  private static final String MONTH = "2026-04";

  private static final String NUMBER = "0350000000";

  private static String firstCall;

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void callsOfTheMonthBilledThenLogIn() {
    if (firstCall == null) {
      callsOfTheMonthBilled();
    }
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
  }

  private static void callsOfTheMonthBilled() {
    firstCall = callId();
    String tag = firstCall.substring(3, 11);
    List<String> calls =
        List.of(
            HEADER,
            firstCall + ",2026-04-06T10:00:00+09:00," + NUMBER + ",09012345678,1,61,MOBILE",
            callId() + ",2026-04-07T11:00:00+09:00," + NUMBER + ",0312345679,1,200,FIXED");
    assertThat(CallRecordFiles.importFromFolder("april-" + tag + ".csv", calls))
        .isEqualTo("COMPLETED DONE");
    assertThat(OrderFiles.awaitEnd(Long.parseLong(Urls.support("/bills/start?month=" + MONTH))))
        .startsWith("COMPLETED");
  }

  @Test
  void theLinesOfAMonthsBills() {
    browser.get(Urls.APP + "/portal/bills.xhtml");
    PortalBrowser.choose(browser, "month:choice", MONTH);
    browser.findElement(By.id("month:show")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lines:table")));
    WebElement line =
        browser.findElement(By.xpath("//tbody[@id='lines:table_data']/tr[td[2]='" + NUMBER + "']"));
    // 61 s to a mobile (2 units of 16 yen) and 200 s to a fixed line (2 units of 8 yen)
    assertThat(line.getText()).contains("N200000001", NUMBER).containsPattern(" 48 2 ");
  }

  @Test
  void aCallSearchAndItsCsvDownload() throws Exception {
    browser.get(Urls.APP + "/portal/calls.xhtml");
    period("search");
    PortalBrowser.type(browser, "search:numbers", NUMBER);
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls:table"), firstCall));
    assertThat(browser.findElement(By.id("calls:table")).getText())
        .contains("2026/04/07 11:00", "0312345679", "200", "2026/04/06 10:00", "09012345678");

    browser.findElement(By.id("downloads:downloadButton")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#downloads a.result-file")));
    String file = opened(browser.findElement(By.cssSelector("#downloads a.result-file")));
    assertThat(file.lines().toList())
        .as("UTF-8 with a byte order mark, numbers as text for Excel, oldest first")
        .containsExactly(
            "\uFEFF通話開始日時,発信元電話番号,発信先電話番号,種別,通話秒数,通話料",
            "2026/04/06 10:00:00,\"=\"\""
                + NUMBER
                + "\"\"\",\"=\"\"09012345678\"\"\",MOBILE,61,32.00",
            "2026/04/07 11:00:00,\"=\"\""
                + NUMBER
                + "\"\"\",\"=\"\"0312345679\"\"\",FIXED,200,16.00");
  }

  @Test
  void thePerCallerTotalsAndTheirChart() {
    browser.get(Urls.APP + "/portal/callers.xhtml");
    period("search");
    PortalBrowser.type(browser, "search:numbers", NUMBER);
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), NUMBER));
    assertThat(browser.findElement(By.id("result")).getText()).contains(NUMBER + " 2 5 48");
    // the top callers' bar chart, drawn by Chart.js with the number as its bar
    Object labels =
        wait.until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var c = document.querySelector('[id$=\"topChart\"] canvas');"
                            + " var chart = c && window.Chart && Chart.getChart(c);"
                            + " return chart ? chart.data.labels.join(',') : null;"));
    assertThat(labels).isEqualTo(NUMBER);
  }

  /** Types the month as the search's period (the date fields of the form). */
  private void period(String form) {
    for (String[] field : new String[][] {{"from", "2026/04/01"}, {"to", "2026/04/30"}}) {
      WebElement input = browser.findElement(By.id(form + ":" + field[0] + "_input"));
      input.clear();
      input.sendKeys(field[1], Keys.ESCAPE);
    }
  }

  /** The file behind a result link, fetched with this browser's session, as text. */
  private static String opened(WebElement link) throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .contains("attachment");
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
