package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A Web Billing member created by the service-order feed registers in a real headless Chromium: the
 * mail 【WebBilling】お申し込みURLのご連絡 carries the link; the page names every rule a weak password and a
 * missing answer break and stores nothing; a good registration makes the member active once, and
 * the link is used up; a link past its validity says so.
 */
@ExtendWith(ArquillianExtension.class)
class BillingRegistrationPageIT extends ChromiumTest {

  private static final Pattern LINK =
      Pattern.compile("(http\\S+/billing/register\\.xhtml\\?token=\\S+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static String member(String orderId, String loginId, String mail) {
    assertThat(
            OrderFiles.importFromFolder(
                orderId + ".jsonl",
                List.of(
                    OrderFiles.line(
                        "{'orderId':'"
                            + orderId
                            + "','kind':'billingMember','customerNumber':'N100000001',"
                            + "'loginId':'"
                            + loginId
                            + "','name':'経理 花子','mail':'"
                            + mail
                            + "','lines':['0350000000']}"))))
        .isEqualTo("COMPLETED DONE");
    MimeMessage sent = ItMail.awaitMail(smtp, mail, 1);
    String text = ItMail.text(sent);
    assertThat(text).contains("経理 花子 様", loginId, "有効期限：");
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as("the registration link in: " + text).isTrue();
    return link.group(1);
  }

  private static String state(String loginId) {
    return "SELECT COUNT(*) FROM billing_member WHERE login_id = '" + loginId + "' AND state = '";
  }

  @Test
  void fromTheMailToAnActiveMemberNamingEveryRuleOnTheWay() throws Exception {
    String link = member("WB-r1", "Keiri2026a", "keiri-a@sample-shoji.example");
    assertThat(ItMail.mailsTo(smtp, "keiri-a@sample-shoji.example")[0].getSubject())
        .isEqualTo("【WebBilling】お申し込みURLのご連絡");
    browser.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:newPassword")));
    assertThat(browser.findElement(By.id("loginId")).getText()).isEqualTo("Keiri2026a");

    // only lower-case letters and digits, containing the login ID; no question; an empty answer
    type("register:newPassword", "xkeiri2026a1");
    type("register:confirmation", "xkeiri2026a2");
    type("register:answer", "たま");
    browser.findElement(By.id("register:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:messages")));
    assertThat(browser.findElement(By.id("register:messages")).getText())
        .contains("秘密の質問")
        .doesNotContain("???");
    assertThat(count(state("Keiri2026a") + "REGISTERING'")).as("nothing stored").isOne();

    type("register:newPassword", "keiri2026");
    type("register:confirmation", "keiri2026x");
    PortalBrowser.choose(browser, "register:question", "初めて飼ったペットの名前は？");
    type("register:answer", "たま");
    browser.findElement(By.id("register:submit")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"), "3種類以上"));
    assertThat(browser.findElement(By.id("register:messages")).getText())
        .contains("英大文字・英小文字・数字・記号のうち3種類以上", "確認用のパスワードが一致しません");
    assertThat(count(state("Keiri2026a") + "REGISTERING'")).as("nothing stored").isOne();

    type("register:newPassword", "Tama-2026#");
    type("register:confirmation", "Tama-2026#");
    PortalBrowser.choose(browser, "register:question", "初めて飼ったペットの名前は？");
    type("register:answer", "たま");
    browser.findElement(By.id("register:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(count(state("Keiri2026a") + "ACTIVE' AND secret_question = 'FIRST_PET'")).isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM billing_member_history h JOIN billing_member m"
                    + " ON m.id = h.member_id WHERE m.login_id = 'Keiri2026a'"
                    + " AND h.kind = 'PASSWORD'"))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_event WHERE application = 'billing'"
                    + " AND account = 'Keiri2026a' AND event = 'PASSWORD_SET'"))
        .isOne();

    browser.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkState")));
    assertThat(browser.findElement(By.id("linkState")).getText()).contains("すでに使用されています");
  }

  @Test
  void aLinkPastItsValiditySaysSo() {
    String link = member("WB-r2", "Keiri2026b", "keiri-b@sample-shoji.example");
    Urls.post(Urls.SUPPORT + "/clock/shift?seconds=" + Duration.ofHours(72).toSeconds());
    browser.get(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkState")));
    assertThat(browser.findElement(By.id("linkState")).getText()).contains("有効期限が切れています");
    browser.get(Urls.APP + "/billing/register.xhtml?token=not-a-token");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkState")));
    assertThat(browser.findElement(By.id("linkState")).getText()).contains("無効です");
    assertThat(count(state("Keiri2026b") + "REGISTERING'")).isOne();
  }

  private static void type(String id, String text) {
    PortalBrowser.type(browser, id, text);
  }
}
