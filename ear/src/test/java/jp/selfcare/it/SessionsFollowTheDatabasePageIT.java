package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A login is not a snapshot: every open session of an account sees, at its very next request, that
 * the account was deleted, locked, demoted, given a new password or lost the voice group it came
 * through the hand-off for — it is logged out and told why. Two browser contexts: the session that
 * is ended, and the one (or the service) that changes the account.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsFollowTheDatabasePageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  private static final String PASSWORD = "Passw0rdOk";

  private static final String NAME = URLEncoder.encode("管理 花子", StandardCharsets.UTF_8);

  /** The second browser context (its own cookie jar: its own sessions). */
  private WebDriver other;

  private WebDriverWait otherWait;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void openTheOtherBrowser() {
    other = Browser.start();
    otherWait = new WebDriverWait(other, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeTheOtherBrowser() {
    other.quit();
  }

  /** A new number-user account on a 横浜 number: "loginId password". */
  private static String[] numberUser(String number) {
    return support(
            "/settings-site/accounts?as=vg:Y15000001&kind=NUMBER_USER&number="
                + number
                + "&password=Acc0unt-pass1")
        .split(" ");
  }

  private static void settingsLogIn(WebDriver driver, String loginId, String password) {
    driver.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(driver, "login:loginId", loginId);
    PortalBrowser.type(driver, "login:password", password);
    driver.findElement(By.id("login:submit")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
  }

  /** The session's next request lands on the login page, which says why. */
  private static void assertEnded(WebDriver driver, String page, String loginPage) {
    driver.get(Urls.APP + page);
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(30));
    w.until(ExpectedConditions.urlContains(loginPage));
    assertThat(driver.findElement(By.id("login:sessionEnded")).getText()).contains("ログアウトしました");
  }

  private static void assertStillIn(WebDriver driver) {
    driver.get(Urls.APP + "/settings/index.xhtml");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
  }

  @Test
  void anAdministratorsPasswordResetEndsTheAccountsSessionsAndShowsTheNewPasswordOnce() {
    String[] account = numberUser("0456000185");
    settingsLogIn(browser, account[0], account[1]);

    PortalBrowser.openSettingsSite(other, smtp, "Y15000001");
    other.get(Urls.APP + "/settings/accounts.xhtml");
    otherWait
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//tr[td[normalize-space()='"
                        + account[0]
                        + "']]//button[contains(@id,'resetPassword')]")))
        .click();
    otherWait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:confirmYes"))).click();
    otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("issuedPassword")));
    String issued = other.findElement(By.id("issuedPassword")).getText();
    assertThat(other.findElement(By.id("issuedLoginId")).getText()).isEqualTo(account[0]);
    assertThat(issued).hasSize(12).isNotEqualTo(account[1]);
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_event WHERE event = 'PASSWORD_RESET_BY_ADMINISTRATOR'"
                    + " AND detail LIKE '"
                    + account[0]
                    + " by %'"))
        .isEqualTo(1);

    assertEnded(browser, "/settings/index.xhtml", "/settings/login.xhtml");
    assertThat(support("/settings-site/login?login=" + account[0] + "&password=" + account[1]))
        .as("the old password")
        .isEqualTo("REJECTED");
    settingsLogIn(browser, account[0], issued);
  }

  @Test
  void ownPasswordChangeEndsTheAccountsOtherSessionsOnly() {
    String[] account = numberUser("0456000186");
    settingsLogIn(browser, account[0], account[1]);
    settingsLogIn(other, account[0], account[1]);

    browser.get(Urls.APP + "/settings/account.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("account:current")));
    PortalBrowser.type(browser, "account:current", account[1]);
    PortalBrowser.type(browser, "account:password", "Changed-pass2");
    PortalBrowser.type(browser, "account:confirmation", "Changed-pass2");
    browser.findElement(By.id("account:changePassword")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account:messages"), "変更"));

    assertEnded(other, "/settings/index.xhtml", "/settings/login.xhtml");
    assertStillIn(browser);
  }

  @Test
  void aLockedOrDeletedAccountIsLoggedOutAtItsNextRequest() {
    String[] locked = numberUser("0456000187");
    settingsLogIn(browser, locked[0], locked[1]);
    for (int i = 0; i < 3; i++) {
      support("/settings-site/login?login=" + locked[0] + "&password=wrong-pass9");
    }
    assertEnded(browser, "/settings/index.xhtml", "/settings/login.xhtml");

    String[] deleted = numberUser("0456000188");
    settingsLogIn(other, deleted[0], deleted[1]);
    assertThat(support("/settings-site/accounts/delete?as=vg:Y15000001&account=" + deleted[0]))
        .isEqualTo("ok");
    assertEnded(other, "/settings/index.xhtml", "/settings/login.xhtml");
  }

  @Test
  void aDemotedOrDeletedPortalUserIsLoggedOutAtItsNextRequest() {
    String user = "session-" + UUID.randomUUID() + "@sample-shoji.example";
    support("/portal-users?login=" + user + "&password=" + PASSWORD);
    assertThat(support("/portal-users/edit?user=" + user + "&name=" + NAME + "&role=ADMINISTRATOR"))
        .isEqualTo("ok");
    PortalBrowser.logIn(browser, smtp, user, PASSWORD);
    browser.get(Urls.APP + "/portal/users.xhtml");
    wait.until(ExpectedConditions.urlContains("/portal/users.xhtml"));

    assertThat(support("/portal-users/edit?user=" + user + "&name=" + NAME + "&role=GENERAL"))
        .isEqualTo("ok");
    assertEnded(browser, "/portal/users.xhtml", "/portal/login.xhtml");

    PortalBrowser.logIn(browser, smtp, user, PASSWORD);
    assertThat(support("/portal-users/delete?user=" + user)).isEqualTo("ok");
    assertEnded(browser, "/portal/index.xhtml", "/portal/login.xhtml");
  }

  @Test
  void aHandOffSessionEndsWhenThePortalUserMayNoLongerEditTheVoiceGroup() {
    String user = "handoff-" + UUID.randomUUID() + "@sample-shoji.example";
    support("/portal-users?login=" + user + "&password=" + PASSWORD);
    String group = Urls.post(Urls.SUPPORT + "/groups?name=edit-" + UUID.randomUUID()).body();
    support("/groups/" + group + "/members?user=" + user);
    support("/groups/" + group + "/permissions?scope=VOICE_GROUP&value=Y15000001&access=READ_EDIT");

    PortalBrowser.logIn(browser, smtp, user, PASSWORD);
    browser.get(Urls.APP + "/portal/settings-change.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("change:list:0:open"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    assertThat(browser.findElement(By.id("scope")).getText()).contains("Y15000001");

    support("/groups/" + group + "/permissions?scope=VOICE_GROUP&value=Y15000002&access=READ");
    assertStillIn(browser);

    support("/groups/" + group + "/permissions?scope=VOICE_GROUP&value=Y15000001&access=READ");
    assertEnded(browser, "/settings/forwarding.xhtml", "/settings/login.xhtml");
  }
}
