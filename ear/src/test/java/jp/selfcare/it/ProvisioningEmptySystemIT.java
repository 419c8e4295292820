package jp.selfcare.it;

import static jp.selfcare.it.OrderFiles.line;
import static jp.selfcare.it.Urls.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
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
 * A production start (SELFCARE_DEMO=none, its own server and empty database): nobody exists until
 * the operator's service orders arrive. An order file dropped into the import folder and imported
 * from the operators' screen creates a customer whose first administrator registers from the mailed
 * link, logs in and finds the customer's contract and numbers.
 */
@ExtendWith(ArquillianExtension.class)
class ProvisioningEmptySystemIT extends ChromiumTest {

  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/portal/password\\.xhtml\\?token=[A-Za-z0-9_-]+)");
  private static final String ADMIN = "first-admin@new-customer.example";
  private static final String OPERATOR_URL =
      "http://"
          + ItDatabase.OPERATOR
          + ":"
          + ItDatabase.OPERATOR_PASSWORD
          + "@localhost:8080/operator/";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anOrderFileCreatesACustomerWhoseAdministratorRegistersAndLogsIn() throws Exception {
    assertThat(count("SELECT COUNT(*) FROM customer")).as("an empty system").isZero();
    assertThat(count("SELECT COUNT(*) FROM portal_user")).isZero();
    List<String> orders =
        List.of(
            line(
                "{'orderId':'E-1','kind':'customer','customerNumber':'N500000001',"
                    + "'name':'株式会社はじめて'}"),
            line(
                "{'orderId':'E-2','kind':'voiceGroup','voiceGroupId':'Y50000001',"
                    + "'customerNumber':'N500000001','name':'本社グループ'}"),
            line("{'orderId':'E-3','kind':'plan','voiceGroupId':'Y50000001','name':'アクセスセット'}"),
            line(
                "{'orderId':'E-4','kind':'site','siteId':'5000001','voiceGroupId':'Y50000001',"
                    + "'plan':'アクセスセット','name':'本社','address':'東京都千代田区1-1'}"),
            line(
                "{'orderId':'E-5','kind':'contract','contractNumber':'N600000001',"
                    + "'customerNumber':'N500000001','service':'IP_VOICE','siteId':'5000001',"
                    + "'channels':4}"),
            line(
                "{'orderId':'E-6','kind':'numbers','contractNumber':'N600000001','numbers':["
                    + "{'number':'0360000000','channels':4,'sipId':'sip0360000000',"
                    + "'sipPassword':'first-secret','addOns':{'messageBox':true},"
                    + "'dialIns':[{'number':'0360000001'}]}]}"),
            line(
                "{'orderId':'E-7','kind':'administrator','customerNumber':'N500000001',"
                    + "'name':'初代 管理者','mail':'"
                    + ADMIN
                    + "','phone':'0360000000'}"));
    Urls.supportWith("/provisioning/drop?name=first.jsonl", String.join("\n", orders) + "\n");

    // the operator imports it from the operators' screen (the minute's look may be quicker)
    browser.get(OPERATOR_URL + "orders.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("folder:importNow")));
    browser.findElement(By.id("folder:importNow")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#folder\\:messages li")));
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> OrderFiles.importOf("first.jsonl").startsWith("DONE "));
    browser.get(OPERATOR_URL + "orders.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imports:list")));
    assertThat(browser.findElement(By.id("imports:list")).getText()).contains("first.jsonl", "完了");
    browser.findElement(By.id("imports:list:0:show")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines:table")));
    assertThat(browser.findElement(By.id("lines:table")).getText())
        .contains("E-1", "E-7", "administrator", "適用");

    // the first administrator's registration mail, password and login
    Matcher link = LINK.matcher(ItMail.text(ItMail.awaitMail(smtp, ADMIN, 1)));
    assertThat(link.find()).isTrue();
    browser.manage().deleteAllCookies();
    browser.get(link.group(1));
    PortalBrowser.type(browser, "password:loginId", ADMIN);
    PortalBrowser.type(browser, "password:name", "初代 管理者");
    PortalBrowser.type(browser, "password:phone", "0360000000");
    PortalBrowser.type(browser, "password:newPassword", "Hajimete-1");
    PortalBrowser.type(browser, "password:confirmation", "Hajimete-1");
    browser.findElement(By.id("password:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

    PortalBrowser.logIn(browser, smtp, ADMIN, "Hajimete-1");
    assertThat(browser.findElement(By.id("welcome")).getText()).contains("初代 管理者");
    browser.get(Urls.APP + "/portal/numbers.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results:numbers")));
    assertThat(browser.findElement(By.id("results:numbers")).getText())
        .contains("N600000001", "0360000000", "0360000001", "本社");
  }
}
