package jp.selfcare.it;

import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Web Settings Site in Chromium: a site administrator's login with mail two-step authentication
 * set up on the way, and the hand-off from the portal's settings-change list, after which the
 * voice-group administrator registers an account and sees its ID and password once.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsSitePageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private void logIn(String loginId, String password) {
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", loginId);
    PortalBrowser.type(browser, "login:password", password);
    browser.findElement(By.id("login:submit")).click();
  }

  @Test
  void aSiteAdministratorSetsUpMailTwoStepAndLogsInWithTheCode() {
    String[] account =
        support("/settings-site/accounts?as=vg:Y15000001&kind=SITE_ADMIN&site=1000001&twoStep=true")
            .split(" ");
    browser.get(Urls.APP + "/settings/accounts.xhtml");
    wait.until(ExpectedConditions.urlContains("/settings/login.xhtml"));

    logIn(account[0], "wrong-pass1");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "正しくありません"));

    logIn(account[0], account[1]);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("offer")));
    browser.findElement(By.id("second:ok")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:address")));
    String address = "browser-" + UUID.randomUUID() + "@example.jp";
    PortalBrowser.type(browser, "second:address", address);
    browser.findElement(By.id("second:register")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("codeAddress"), address));
    PortalBrowser.type(browser, "second:code", ItMail.code(ItMail.awaitMail(smtp, address, 1)));
    browser.findElement(By.id("second:submit")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("拠点管理者");
    assertThat(browser.findElement(By.id("scope")).getText()).contains("1000001", "東京本社");
    assertThat(browser.findElement(By.id("functions")).getText())
        .contains("転送設定", "アカウント登録・削除・ロック解除")
        .doesNotContain("録音メッセージ");

    browser.findElement(By.id("appMenuForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("/settings/login.xhtml"));
    logIn(account[0], account[1]);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("codeAddress"), address));
    PortalBrowser.type(browser, "second:code", ItMail.code(ItMail.awaitMail(smtp, address, 2)));
    browser.findElement(By.id("second:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
  }

  @Test
  void thePortalHandsOffToTheSiteAsVoiceGroupAdministrator() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.findElement(By.id("appMenuForm:menuSettingsChange")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change:list")));
    assertThat(browser.findElement(By.id("change:list")).getText())
        .contains("Y15000001", "Y15000002", "N200000001");

    PortalBrowser.type(browser, "change:keyword", "西日本");
    browser.findElement(By.id("change:search")).click();
    wait.until(
        ExpectedConditions.not(
            ExpectedConditions.textToBePresentInElementLocated(By.id("change:list"), "Y15000001")));
    browser.findElement(By.id("change:list:0:open")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    assertThat(browser.getCurrentUrl())
        .as("no token left in the address bar")
        .doesNotContain("token");
    assertThat(browser.findElement(By.id("role")).getText()).isEqualTo("音声グループ管理者");
    assertThat(browser.findElement(By.id("scope")).getText()).contains("Y15000002");

    browser.findElement(By.id("appMenuForm:menuAccounts")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accounts:siteId")));
    PortalBrowser.type(browser, "accounts:siteId", "1000001");
    browser.findElement(By.id("accounts:registerButton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("accounts:messages"), "管理範囲にありません"));

    PortalBrowser.type(browser, "accounts:siteId", "2000001");
    browser.findElement(By.id("accounts:registerButton")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issuedLoginId")));
    String loginId = browser.findElement(By.id("issuedLoginId")).getText();
    String password = browser.findElement(By.id("issuedPassword")).getText();
    assertThat(loginId).matches("W\\d{9}");
    browser.findElement(By.id("accounts:done")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedPassword")));
    assertThat(browser.findElement(By.id("accounts:list")).getText())
        .contains(loginId)
        .doesNotContain(password);

    assertThat(support("/settings-site/login?login=" + loginId + "&password=" + password))
        .as("the issued account logs in on the site")
        .startsWith("SET_UP_OFFERED");
  }

  /**
   * 元に戻す refused by a rule of one list entry (the old destination is international, and the
   * number's international calls were suspended since) says which entry and which rule; nothing
   * changes.
   */
  @Test
  void anUndoRefusedByAListRuleSaysWhichRule() {
    String number = "0456000189";
    String change =
        "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
            + number
            + "&forward=true&modes=U&target=LIST_1&lists=";
    assertThat(support(change + "010-1-2125551234,,,,")).startsWith("OK ");
    assertThat(support(change + "03-1234-5678,,,,")).startsWith("OK ");
    assertThat(
            support(
                "/features/change?as=vg:Y15000001&feature=INTERNATIONAL_SUSPENSION&number="
                    + number
                    + "&on=true"))
        .startsWith("OK ");

    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuHistory")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history:target")));
    PortalBrowser.type(browser, "history:target", number);
    browser.findElement(By.id("history:find")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("history:entries"), "転送設定"));
    clickOnHistory(
        By.xpath(
            "(//*[@id='history:entries']//tr[td[normalize-space()='転送設定']])[1]"
                + "//button[contains(@id,':detail')]"));
    clickOnHistory(By.id("history:undo"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("history:messages"), "国際電話利用休止中のため、国際番号は設定できません"));
    assertThat(browser.findElement(By.id("history:messages")).getText()).contains("1");
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "' AND f.list1 = '0312345678'"))
        .as("nothing changed")
        .isEqualTo(1);
  }

  /** 転送を設定する says on the form, before 設定, that bulk forwarding holds the number now. */
  @Test
  void theFormSaysWhenBulkForwardingIsAppliedToTheNumber() {
    String number = "0350000098";
    assertThat(support("/settings-site/bulk?number=" + number + "&active=true")).isEqualTo("ok");
    try {
      PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
      openForwarding(number);
      assertThat(browser.findElement(By.id("fw:underBulk")).getText()).contains("一括転送が適用されています");
      browser.findElement(By.id("fw:cancel")).click();
    } finally {
      support("/settings-site/bulk?number=" + number + "&active=false");
    }
  }

  @Test
  void aVoiceGroupAdministratorSetsForwardingFromSearchToCompletion() {
    String number = "0456000041";
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");

    openForwarding(number);

    browser.findElement(By.cssSelector("label[for='fw:forward:0']")).click();
    browser.findElement(By.cssSelector("#fw\\:unconditional .ui-chkbox-box")).click();
    PortalBrowser.type(browser, "fw:list0", "0120-123-456");
    browser.findElement(By.cssSelector("label[for='fw:target:0']")).click();
    browser.findElement(By.id("fw:confirm")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fw:messages"), "0120"));

    PortalBrowser.type(browser, "fw:list0", "03-1234-5678");
    browser.findElement(By.id("fw:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("fw:apply")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("completed"), "転送設定が完了しました"));
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id WHERE n.number = '"
                    + number
                    + "' AND f.forward AND f.unconditional AND f.list1 = '0312345678' AND f.target = 'LIST_1'"))
        .isEqualTo(1);

    browser.findElement(By.id("fw:again")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fw:numberPart")));
    PortalBrowser.type(browser, "fw:numberPart", number);
    browser.findElement(By.id("fw:find")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fw:rows"), "転送中"));

    browser.findElement(By.id("appMenuForm:menuHistory")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history:target")));
    PortalBrowser.type(browser, "history:target", number);
    browser.findElement(By.id("history:find")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("history:entries"), number));
    clickOnHistory(By.id("history:entries:0:detail"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history:changes")));
    assertThat(browser.findElements(By.cssSelector("#history\\:changes tr.changed")))
        .as("setting, mode, list 1 and target differ from before")
        .hasSize(4);
    clickOnHistory(By.id("history:undo"));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("history:messages"), "変更前に戻しました"));
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id WHERE n.number = '"
                    + number
                    + "' AND NOT f.forward"))
        .as("undo cleared the forwarding")
        .isEqualTo(1);
  }

  /** 転送を設定する: search the number and open its edit screen. */
  private void openForwarding(String number) {
    browser.findElement(By.id("appMenuForm:menuForwarding")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fw:numberPart")));
    PortalBrowser.type(browser, "fw:numberPart", number);
    browser.findElement(By.id("fw:find")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fw:rows"), number));
    browser.findElement(By.id("fw:rows:0:select")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), number));
  }

  /**
   * Clicks on 設定履歴, which re-renders its entries and detail every 2 seconds while an entry of the
   * customer's is running (another test's job, say): an element found just before a refresh is
   * replaced by the same one, found again.
   */
  private void clickOnHistory(By by) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = d.findElement(by);
              if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
              }
              element.click();
              return true;
            });
  }
}
