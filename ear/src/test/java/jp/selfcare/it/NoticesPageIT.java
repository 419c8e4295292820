package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 工事・故障情報 in a real headless Chromium: an address subscribed on the portal page, confirmed by
 * opening the link of the mail it receives, and listed as receiving.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesPageIT extends ChromiumTest {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/portal/subscription\\.xhtml\\?token=\\S+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anAddressIsSubscribedAndConfirmedFromTheMailbox() {
    String address =
        "notice-" + UUID.randomUUID().toString().substring(0, 8) + "@sample-shoji.example";
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/notices.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subscriptions:address")));
    PortalBrowser.choose(browser, "subscriptions:newService", "Arcstar IP Voice");
    PortalBrowser.type(browser, "subscriptions:address", address);
    browser.findElement(By.id("subscriptions:register")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("subscriptions:subscribed"), address));
    assertThat(browser.findElement(By.id("subscriptions:subscribed")).getText())
        .contains(address, "仮登録");

    Matcher link = LINK.matcher(ItMail.text(ItMail.awaitMail(smtp, address, 1)));
    assertThat(link.find()).isTrue();
    browser.get(link.group(1));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmed")));
    assertThat(browser.findElement(By.id("confirmed")).getText()).contains("登録が完了しました");

    browser.get(Urls.APP + "/portal/notices.xhtml");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("subscriptions:subscribed"), address));
    assertThat(browser.findElement(By.id("subscriptions:subscribed")).getText()).contains("配信中");
  }

  @Test
  void aFaultOnTheDashboardLeadsStraightToTheBulkForwardingOfItsSite() {
    String title = "回線障害 " + UUID.randomUUID().toString().substring(0, 6);
    Urls.supportWith(
        "/notices/publish?kind=FAULT&service=IP_VOICE&contracts=N200000004&title="
            + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8),
        "大阪支店の一部の通話がつながりにくくなっています。");
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/index.xhtml");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("faultWarning"), title));

    browser.findElement(By.cssSelector("#faultWarning a[id$='openBulk']")).click();

    wait.until(ExpectedConditions.urlContains("/settings/bulk.xhtml"));
    assertThat(browser.getPageSource()).contains("一括転送");
  }
}
