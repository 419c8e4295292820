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

  private static boolean billed;

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void callsOfTheMonthBilledThenLogIn() {
    if (!billed) {
      callsOfTheMonthBilled();
      billed = true;
    }
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
  }

  private static void callsOfTheMonthBilled() {
    String firstCall = callId();
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
    // the month's line of the number (the table is drawn again for the month chosen): 61 s to a
    // mobile (2 units of 16 yen) and 200 s to a fixed line (2 units of 8 yen)
    String line =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#lines\\:table_data tr")).stream()
                    .map(WebElement::getText)
                    .filter(t -> t.contains(" " + NUMBER + " ") && t.contains(" 48 2 "))
                    .findFirst()
                    .orElse(null));
    assertThat(line).startsWith("N200000001 " + NUMBER + " 30 ");
  }

  @Test
  void aCallSearchAndItsCsvDownload() throws Exception {
    browser.get(Urls.APP + "/portal/calls.xhtml");
    period("search");
    PortalBrowser.type(browser, "search:numbers", NUMBER);
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calls:table"), "1-2 / 2"));
    assertThat(browser.findElement(By.id("calls:table_data")).getText().lines().toList())
        .as("the month's calls of the number, newest first")
        .containsExactly(
            "2026/04/07 11:00 " + NUMBER + " 0312345679 固定電話 200 16.00",
            "2026/04/06 10:00 " + NUMBER + " 09012345678 携帯電話 61 32.00");

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

  /**
   * Enters the month as the search's period, through the date fields' own widgets (typing would
   * open their calendars over the search button).
   */
  private void period(String form) {
    String widget = "PrimeFaces.widgets['widget_" + form + "_";
    ((JavascriptExecutor) browser)
        .executeScript(
            widget
                + "from'].setDate(new Date(2026, 3, 1)); "
                + widget
                + "to'].setDate(new Date(2026, 3, 30));");
    assertThat(browser.findElement(By.id(form + ":from_input")).getAttribute("value"))
        .isEqualTo("2026/04/01");
    assertThat(browser.findElement(By.id(form + ":to_input")).getAttribute("value"))
        .isEqualTo("2026/04/30");
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
