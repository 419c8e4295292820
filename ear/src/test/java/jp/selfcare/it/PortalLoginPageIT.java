package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.selfcare.identity.Totp;
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
 * The Business Portal's login pages in headless Chromium: first registration from the mail link to
 * the dashboard with MailOTP (the code read from the SMTP server), refusals, and pages that need a
 * login.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLoginPageIT extends ChromiumTest {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/portal/password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  @Test
  void firstRegistrationFromTheMailLinkToTheDashboardWithMailOtp() throws Exception {
    String admin =
        Urls.post(
                Urls.SUPPORT
                    + "/portal-users/direct?login=admin-"
                    + UUID.randomUUID()
                    + "@example.jp&role=ADMINISTRATOR")
            .body();
    String user = "new-" + UUID.randomUUID() + "@example.jp";
    String added =
        Urls.post(
                Urls.SUPPORT
                    + "/portal-registration?caller="
                    + admin
                    + "&name="
                    + URLEncoder.encode("山田 一郎", StandardCharsets.UTF_8)
                    + "&mail="
                    + user
                    + "&phone=0312340000&lang=ja")
            .body();
    assertThat(added).matches("\\d+");
    await().atMost(Duration.ofSeconds(30)).until(() -> ItMail.mailsTo(smtp, user).length == 1);
    MimeMessage registration = ItMail.mailsTo(smtp, user)[0];
    Matcher link = LINK.matcher((String) registration.getContent());
    assertThat(link.find()).isTrue();

    browser.get(link.group(1));
    submitPasswordPage(user, "山田 一郎", "0312340000", "weakpassword");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "英大文字"));
    assertThat(browser.findElement(By.id("password:messages")).getText()).contains("数字");

    submitPasswordPage(user, "山田 一郎", "0312340000", "Passw0rdOk");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

    PortalBrowser.logIn(browser, smtp, user, "Passw0rdOk");
    assertThat(browser.findElement(By.id("welcome")).getText()).contains("山田 一郎");
    assertThat(browser.findElement(By.id("noGroup")).getText()).contains("ユーザーグループがない");

    browser.get(link.group(1));
    assertThat(browser.findElement(By.id("linkState")).getText())
        .as("the link is single-use")
        .contains("すでに使用");
  }

  @Test
  void firstRegistrationWithTotpSetUpFromTheQrCodeThenATotpLogin() throws Exception {
    String admin =
        Urls.post(
                Urls.SUPPORT
                    + "/portal-users/direct?login=admin-"
                    + UUID.randomUUID()
                    + "@example.jp&role=ADMINISTRATOR")
            .body();
    String user = "totp-" + UUID.randomUUID() + "@example.jp";
    Urls.post(
        Urls.SUPPORT
            + "/portal-registration?caller="
            + admin
            + "&name="
            + URLEncoder.encode("木村 花子", StandardCharsets.UTF_8)
            + "&mail="
            + user
            + "&phone=0312340001&lang=ja&secondStep=TOTP");
    await().atMost(Duration.ofSeconds(30)).until(() -> ItMail.mailsTo(smtp, user).length == 1);
    Matcher link = LINK.matcher((String) ItMail.mailsTo(smtp, user)[0].getContent());
    assertThat(link.find()).isTrue();
    browser.get(link.group(1));
    submitPasswordPage(user, "木村 花子", "0312340001", "Passw0rdOk");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

    browser.get(Urls.APP + "/portal/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", user);
    PortalBrowser.type(browser, "login:password", "Passw0rdOk");
    browser.findElement(By.id("login:submit")).click();
    // The mailed code first: a password alone does not register an authenticator.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
    assertThat(browser.findElements(By.id("qr"))).isEmpty();
    assertThat(browser.findElement(By.id("codeLead")).getText()).contains("メール");
    PortalBrowser.type(
        browser, "second:code", wrongCode(ItMail.code(ItMail.awaitMail(smtp, user, 2))));
    browser.findElement(By.id("second:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("second:messages"), "正しくありません"));
    assertThat(browser.findElements(By.id("qr"))).as("a wrong mailed code shows no QR").isEmpty();
    PortalBrowser.type(browser, "second:code", ItMail.code(ItMail.awaitMail(smtp, user, 2)));
    browser.findElement(By.id("second:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
    assertThat(browser.findElement(By.id("qr")).getAttribute("src"))
        .startsWith("data:image/png;base64,");
    String secret = browser.findElement(By.id("second:secret")).getText();
    Totp totp = Totp.of(secret);

    PortalBrowser.type(browser, "second:code", totp.codeAt(Instant.now()));
    browser.findElement(By.id("second:submit")).click();
    PortalBrowser.agreeToTermsIfAsked(browser);
    assertThat(browser.findElement(By.id("welcome")).getText()).contains("木村 花子");
    assertThat(ItMail.mailsTo(smtp, user))
        .as("the registration link and the set-up's mailed code, nothing else")
        .hasSize(2);
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM portal_user WHERE login_id = '"
                    + user
                    + "' AND totp_secret LIKE 'v1:%' AND totp_secret NOT LIKE '%"
                    + secret
                    + "%'"))
        .as("the secret is stored encrypted")
        .isEqualTo(1);

    // Next login, one step later on the server's clock: the app's next code, no QR any more.
    browser.findElement(By.id("appMenuForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
    Urls.post(Urls.SUPPORT + "/clock/shift?seconds=30");
    PortalBrowser.type(browser, "login:loginId", user);
    PortalBrowser.type(browser, "login:password", "Passw0rdOk");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
    assertThat(browser.findElements(By.id("qr"))).isEmpty();
    PortalBrowser.type(browser, "second:code", totp.codeAt(Instant.now().plusSeconds(30)));
    browser.findElement(By.id("second:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
  }

  @Test
  void theTermsAreAskedAtTheFirstLoginOnlyAndCancelLogsOut() {
    String user = "terms-" + UUID.randomUUID() + "@example.jp";
    Urls.post(Urls.SUPPORT + "/portal-users?login=" + user + "&password=Passw0rdOk");

    logInUntilTerms(user);
    browser.findElement(By.id("terms:cancel")).click();
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
    browser.get(Urls.APP + "/portal/index.xhtml");
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));

    logInUntilTerms(user);
    browser.get(Urls.APP + "/portal/numbers.xhtml");
    wait.until(ExpectedConditions.urlContains("/portal/terms.xhtml"));
    browser.findElement(By.id("terms:agree")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    assertThat(
            Urls.get(
                    Urls.SUPPORT
                        + "/count?sql="
                        + URLEncoder.encode(
                            "SELECT COUNT(*) FROM portal_user WHERE login_id = '"
                                + user
                                + "' AND terms_version IS NOT NULL AND terms_accepted_at IS NOT NULL",
                            StandardCharsets.UTF_8))
                .body())
        .isEqualTo("1");

    browser.manage().deleteAllCookies();
    PortalBrowser.logIn(browser, smtp, user, "Passw0rdOk");
    assertThat(browser.getCurrentUrl()).as("asked once").contains("/portal/index.xhtml");
  }

  /** パスワード設定 from the mailed link: identity check fields and the password twice. */
  private void submitPasswordPage(String loginId, String name, String phone, String password) {
    PortalBrowser.type(browser, "password:loginId", loginId);
    PortalBrowser.type(browser, "password:name", name);
    PortalBrowser.type(browser, "password:phone", phone);
    PortalBrowser.type(browser, "password:newPassword", password);
    PortalBrowser.type(browser, "password:confirmation", password);
    browser.findElement(By.id("password:submit")).click();
  }

  private void logInUntilTerms(String user) {
    int before = ItMail.mailsTo(smtp, user).length;
    browser.get(Urls.APP + "/portal/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", user);
    PortalBrowser.type(browser, "login:password", "Passw0rdOk");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
    await().atMost(Duration.ofSeconds(30)).until(() -> ItMail.mailsTo(smtp, user).length > before);
    PortalBrowser.type(browser, "second:code", ItMail.code(ItMail.mailsTo(smtp, user)[before]));
    browser.findElement(By.id("second:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("terms:agree")));
    assertThat(browser.findElement(By.id("termsTitle")).getText()).isEqualTo("カスタマーポータル規約");
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    browser.get(Urls.APP + "/portal/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", "admin@sample-shoji.example");
    PortalBrowser.type(browser, "login:password", "Wrong-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("login:messages"), "ログインIDまたはパスワードが正しくありません"));
  }

  @Test
  void pagesAndFilesBehindLoginNeedOne() {
    browser.get(Urls.APP + "/portal/numbers.xhtml");
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
    assertThat(Urls.get(Urls.APP + "/files/1").statusCode()).isEqualTo(404);

    PortalBrowser.logIn(browser, smtp, "suzuki@sample-shoji.example", "Demo-pass1");
    assertThat(browser.findElement(By.id("noGroup")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.id("appMenuForm:menuNumbers")))
        .as("no directory in the menu")
        .isEmpty();
    browser.get(Urls.APP + "/portal/numbers.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results:numbers")));
    assertThat(browser.findElement(By.id("results:numbers")).getText())
        .as("a general user in no group reads no number, whatever the page asks")
        .contains("該当する番号はありません");
  }

  @Test
  void anAdministratorAddsAUserOnTheUsersPage() throws Exception {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.findElement(By.id("appMenuForm:menuUsers")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users:list")));
    assertThat(browser.findElement(By.id("users:list")).getText())
        .contains("suzuki@sample-shoji.example");

    PortalBrowser.type(browser, "users:mail", "not-a-mail");
    PortalBrowser.type(browser, "users:phone", "03-1234-5678");
    browser.findElement(By.id("users:addButton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "氏名を入力してください"));
    assertThat(browser.findElement(By.id("users:messages")).getText())
        .contains("メールアドレスの形式が正しくありません", "ハイフンなし");

    String user = "page-" + UUID.randomUUID() + "@example.jp";
    PortalBrowser.type(browser, "users:name", "伊藤 次郎");
    PortalBrowser.type(browser, "users:mail", user);
    PortalBrowser.type(browser, "users:phone", "0312345670");
    browser.findElement(By.id("users:addButton")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:list"), user));
    await().atMost(Duration.ofSeconds(30)).until(() -> ItMail.mailsTo(smtp, user).length == 1);
    assertThat(ItMail.mailsTo(smtp, user)[0].getSubject()).isEqualTo("【ビジネスポータル】ユーザ登録受付メール");
  }

  @Test
  void logoutEndsTheSession() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.findElement(By.id("appMenuForm:logout")).click();
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
    browser.get(Urls.APP + "/portal/index.xhtml");
    wait.until(ExpectedConditions.urlContains("/portal/login.xhtml"));
  }

  private static String wrongCode(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }
}
