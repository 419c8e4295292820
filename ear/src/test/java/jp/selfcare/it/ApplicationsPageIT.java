package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 契約内容変更の申込 in a real headless Chromium: nuisance blocking applied immediately from a contract's
 * page (input, confirmation with its fee, completion) and found at once on the Web Settings Site's
 * 迷惑電話お断り screen; the application in お申し込みの進捗.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationsPageIT extends ChromiumTest {

  /** 福岡 N200000006: index 8 holds no add-on in the demo. */
  private static final String NUMBER = "0924000008";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void removeTheAddOn() {
    HttpResponse<String> removed =
        Urls.post(
            Urls.SUPPORT
                + "/applications/immediate?contract=N200000006&action=REMOVE_ADD_ON&number="
                + NUMBER
                + "&addOn=NUISANCE_BLOCKING");
    assertThat(removed.statusCode()).isEqualTo(200);
  }

  @Test
  void nuisanceBlockingAppliedInThePortalIsOnTheSettingsSiteAtOnce() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/contracts.xhtml");
    PortalBrowser.type(browser, "search:keywords", "N200000006");
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(d -> !d.findElement(By.id("results:contracts")).getText().contains("N200000001"));
    browser.findElement(By.linkText("N200000006")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("apply"))).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:number")));
    PortalBrowser.type(browser, "apply:number", "092-400-0008");
    PortalBrowser.choose(browser, "apply:addOn", "迷惑電話お断り");
    browser.findElement(By.id("apply:confirm")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    assertThat(browser.findElement(By.id("fee")).getText())
        .isEqualTo("月額 300円（税込 330円）／番号 が加算されます");
    browser.findElement(By.id("apply:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:done")));
    assertThat(browser.findElement(By.id("apply:done")).getText()).contains("開通しました");

    browser.findElement(By.id("apply:toProgress")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress:applications")));
    assertThat(browser.findElement(By.id("progress:applications")).getText())
        .contains("N200000006", "即時開通", "付加機能の追加 " + NUMBER, "迷惑電話お断り", "完了");

    browser.get(Urls.APP + "/portal/settings-change.xhtml");
    PortalBrowser.type(browser, "change:keyword", "Y15000002");
    browser.findElement(By.id("change:search")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':open']"), 1));
    browser.findElement(By.id("change:list:0:open")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    browser.findElement(By.id("appMenuForm:menuNuisance")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nz:numberPart")));
    PortalBrowser.type(browser, "nz:numberPart", NUMBER);
    browser.findElement(By.id("nz:find")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nz:rows"), NUMBER));
  }

  @Test
  void aRefusedApplicationNamesTheRuleAndStaysOnTheInput() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/contracts.xhtml");
    PortalBrowser.type(browser, "search:keywords", "N200000006");
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(d -> !d.findElement(By.id("results:contracts")).getText().contains("N200000001"));
    browser.findElement(By.linkText("N200000006")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("apply"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:number")));
    // 0924000001 holds a message box in the demo
    PortalBrowser.type(browser, "apply:number", "0924000001");
    PortalBrowser.choose(browser, "apply:addOn", "メッセージボックス");
    browser.findElement(By.id("apply:confirm")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply:submit"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("apply:messages"), "この番号は既にこの付加機能をご契約中です"));
    assertThat(browser.findElements(By.id("apply:number"))).as("back on the input").hasSize(1);
  }
}
