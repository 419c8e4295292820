package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrators' pages in Chromium: edit and delete a user; a user group from creation to
 * 適用する.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAdministrationPageIT extends ChromiumTest {

  private static final String ADMIN = "admin@sample-shoji.example";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anAdministratorEditsThenDeletesAUser() {
    String user = "edit-" + UUID.randomUUID() + "@example.jp";
    support("/portal-users/direct?login=" + user + "&role=GENERAL");
    PortalBrowser.logIn(browser, smtp, ADMIN, "Demo-pass1");
    browser.findElement(By.id("appMenuForm:menuUsers")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:list"), user));

    rowButton("users:list", user, "edit").click();
    wait.until(ExpectedConditions.textToBePresentInElementValue(By.id("users:mail"), user));
    assertThat(browser.findElement(By.id("users:mail")).isEnabled())
        .as("the login ID stays")
        .isFalse();
    PortalBrowser.type(browser, "users:name", "");
    browser.findElement(By.id("users:addButton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "氏名を入力してください"));

    PortalBrowser.type(browser, "users:name", "改名 太郎");
    browser.findElement(By.id("users:addButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:list"), "改名 太郎"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM portal_user WHERE login_id = '"
                    + user
                    + "' AND name = '改名 太郎'"))
        .isEqualTo(1);

    rowButton("users:list", user, "delete").click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("users:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "削除しました"));
    assertThat(browser.findElement(By.id("users:list")).getText()).doesNotContain(user);
    assertThat(count("SELECT COUNT(*) FROM portal_user WHERE login_id = '" + user + "'")).isZero();
  }

  @Test
  void aUserGroupFromCreationToApply() {
    String user = "member-" + UUID.randomUUID() + "@example.jp";
    support("/portal-users/direct?login=" + user + "&role=GENERAL");
    String name = "営業部-" + UUID.randomUUID().toString().substring(0, 8);
    PortalBrowser.logIn(browser, smtp, ADMIN, "Demo-pass1");
    browser.findElement(By.id("appMenuForm:menuGroups")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups:newName")));

    PortalBrowser.type(browser, "groups:newName", name);
    browser.findElement(By.id("groups:createButton")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups:members")));

    browser
        .findElement(
            By.cssSelector(
                "#groups\\:members .ui-picklist-source li[data-item-label*='" + user + "']"))
        .click();
    browser.findElement(By.cssSelector("#groups\\:members .ui-picklist-button-add")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#groups\\:members .ui-picklist-target"), user));

    // Scope サービス, first target (Arcstar IP Voice), 参照のみ: the form's defaults.
    browser.findElement(By.id("groups:addPermission")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("groups:settings"), "参照のみ"));

    browser.findElement(By.id("groups:review")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups:summary")));
    assertThat(browser.findElement(By.id("summaryAdded")).getText()).contains(user);
    assertThat(browser.findElement(By.id("summaryPermissions")).getText())
        .contains("Arcstar IP Voice", "参照のみ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM user_group g JOIN user_group_member m ON m.user_group_id = g.id WHERE g.name = '"
                    + name
                    + "'"))
        .as("nothing stored before 適用する")
        .isZero();

    browser.findElement(By.id("groups:apply")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("groups:messages"), "適用しました"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM user_group g JOIN user_group_member m ON m.user_group_id = g.id WHERE g.name = '"
                    + name
                    + "'"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM user_group g JOIN group_permission p ON p.user_group_id = g.id WHERE g.name = '"
                    + name
                    + "' AND p.scope_value = 'IP_VOICE' AND p.access_level = 'READ'"))
        .isEqualTo(1);
    assertThat(Long.parseLong(Urls.get(Urls.SUPPORT + "/directory-count?as=" + user).body()))
        .as("the member now reads the IP Voice numbers")
        .isPositive();
  }

  private org.openqa.selenium.WebElement rowButton(String table, String text, String button) {
    return browser.findElement(
        By.xpath(
            "//*[@id='"
                + table
                + "']//tr[td[contains(normalize-space(.), '"
                + text
                + "')]]//button[contains(@id, ':"
                + button
                + "')]"));
  }

  @Test
  void aUserSwitchesToTheAuthenticatorAppAndSetsItUpAtTheNextLogin() throws Exception {
    String user = "switch-" + UUID.randomUUID() + "@example.jp";
    support("/portal-users?login=" + user + "&password=Passw0rdOk");
    PortalBrowser.logIn(browser, smtp, user, "Passw0rdOk");
    browser.findElement(By.id("appMenuForm:menuAccount")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current"), "メール"));
    browser.findElement(By.cssSelector("#account\\:method label[for='account:method:0']")).click();
    browser.findElement(By.id("account:switch")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("account:messages"), "認証アプリに変更しました"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM portal_user WHERE login_id = '"
                    + user
                    + "' AND second_step = 'TOTP'"))
        .isEqualTo(1);

    browser.findElement(By.id("appMenuForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
    PortalBrowser.type(browser, "login:loginId", user);
    PortalBrowser.type(browser, "login:password", "Passw0rdOk");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("codeLead")));
    assertThat(browser.findElements(By.id("qr"))).as("not before the mailed code").isEmpty();

    // The user is told of the switch by mail, then gets the set-up's code.
    var notice = ItMail.awaitMail(smtp, user, 2);
    assertThat(notice.getSubject()).isEqualTo("【ビジネスポータル】2段階認証の方法変更のお知らせ");
    assertThat(ItMail.text(notice)).contains("認証アプリ（TOTP）").contains(user);
    PortalBrowser.type(browser, "second:code", ItMail.code(ItMail.awaitMail(smtp, user, 3)));
    browser.findElement(By.id("second:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
  }
}
