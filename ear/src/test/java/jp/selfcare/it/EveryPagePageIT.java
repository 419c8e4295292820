package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page each kind of user can reach from its application's menu, in Japanese and in English,
 * with the server's Content-Security-Policy and PrimeFaces' nonces in force: no page shows a {@code
 * ???key???}, and the browser reports no uncaught script error and no CSP violation; axe-core finds
 * no serious WCAG 2.1 AA violation on the Japanese pages.
 */
@ExtendWith(ArquillianExtension.class)
class EveryPagePageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  /** axe-core's rules for WCAG 2.1 level A and AA. */
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The impacts that fail the test (minor and moderate findings are left to review). */
  private static final Set<String> SERIOUS = Set.of("serious", "critical");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void publicPages() {
    visitAll(
        List.of(
            "/index.xhtml",
            "/portal/login.xhtml",
            "/portal/reset.xhtml",
            "/settings/login.xhtml",
            "/billing/login.xhtml",
            "/billing/register.xhtml",
            "/billing/confirm.xhtml"));
  }

  @Test
  void operator() {
    // basic authentication once: the browser sends it again to the same server
    browser.get(
        "http://"
            + ItDatabase.OPERATOR
            + ":"
            + ItDatabase.OPERATOR_PASSWORD
            + "@localhost:8080/operator/orders.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menuOrders")));
    visitAll(menu("/operator/"));
  }

  @Test
  void webBillingMember() {
    browser.get(Urls.APP + "/billing/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", "SampleKeiri01");
    PortalBrowser.type(browser, "login:password", "Demo-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    List<String> pages = new ArrayList<>(menu("/billing/"));
    // the change pages the member-information page leads to
    pages.addAll(
        List.of("/billing/mail.xhtml", "/billing/lines.xhtml", "/billing/credentials.xhtml"));
    visitAll(pages);
  }

  @Test
  void portalAdministrator() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    visitAll(menu("/portal/"));
  }

  @Test
  void settingsSiteVoiceGroupAdministrator() {
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    visitAll(menu("/settings/"));
  }

  @Test
  void settingsSiteNumberUserAndBusinessMobile() {
    settingsLogIn("W000000003");
    visitAll(menu("/settings/"));
    browser.manage().deleteAllCookies();
    settingsLogIn("BM12345678");
    visitAll(menu("/settings/"));
  }

  private void settingsLogIn(String loginId) {
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", loginId);
    PortalBrowser.type(browser, "login:password", "Demo-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("role")),
            ExpectedConditions.presenceOfElementLocated(By.id("second:skip"))));
    if (!browser.findElements(By.id("second:skip")).isEmpty()) {
      // the two-step set-up offer, declined this time
      browser.findElement(By.id("second:skip")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    }
  }

  /** The pages the current page's links reach within the application (logout aside). */
  private List<String> menu(String application) {
    Set<String> pages = new LinkedHashSet<>();
    for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
      // the operator's pages were opened with the login in the address: links carry it too
      String href = link.getAttribute("href").replaceFirst("//[^/@]+@", "//");
      int at = href.indexOf(application);
      if (href.startsWith(Urls.APP) && at >= 0 && href.contains(".xhtml")) {
        pages.add(href.substring(Urls.APP.length()).replaceAll(";jsessionid=[^?]*", ""));
      }
    }
    assertThat(pages).as("the menu of " + application).hasSizeGreaterThan(1);
    return new ArrayList<>(pages);
  }

  /** Each page in Japanese, then the language switched and each page in English. */
  private void visitAll(List<String> pages) {
    assertConsoleIsRead();
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      problems.addAll(visit(page, "ja"));
    }
    browser.get(Urls.APP + pages.get(0));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("language:en"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    for (String page : pages) {
      problems.addAll(visit(page, "en"));
    }
    browser.get(Urls.APP + pages.get(0));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("language:ja"))).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ja"));
    assertThat(problems).as("pages " + pages).isEmpty();
  }

  /** The browser's console reaches this test: a script error written now is read back. */
  private void assertConsoleIsRead() {
    browser.manage().logs().get(LogType.BROWSER);
    ((JavascriptExecutor) browser).executeScript("console.error('selfcare console probe')");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage)
        .anySatisfy(m -> assertThat(m).contains("selfcare console probe"));
  }

  private List<String> visit(String page, String language) {
    List<String> problems = new ArrayList<>();
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(Urls.APP + page);
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    String where = language + " " + page + ": ";
    String text = browser.findElement(By.tagName("body")).getText();
    if (text.contains("???")) {
      problems.add(where + "shows a missing message key: " + excerpt(text));
    }
    if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
      problems.add(where + "not in " + language);
    }
    // axe in the default language only: the English page has the same markup, styles and roles
    // (its words are checked above), and axe is most of the crawl's time
    Results axe =
        language.equals("ja") ? new AxeBuilder().withTags(WCAG_21_AA).analyze(browser) : null;
    for (Rule violation : axe == null ? List.<Rule>of() : axe.getViolations()) {
      if (SERIOUS.contains(violation.getImpact())) {
        problems.add(
            where
                + "WCAG "
                + violation.getId()
                + " ("
                + violation.getImpact()
                + "): "
                + violation.getNodes().stream()
                    .limit(3)
                    .map(n -> String.valueOf(n.getTarget()))
                    .toList());
      }
    }
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      boolean csp = message.contains("Content Security Policy");
      boolean error = entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue();
      if ((csp || error) && !message.contains("favicon.ico")) {
        problems.add(where + message);
      }
    }
    return problems;
  }

  private static String excerpt(String text) {
    int at = text.indexOf("???");
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60));
  }
}
