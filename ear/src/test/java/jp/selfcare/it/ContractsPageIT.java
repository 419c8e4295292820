package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * ご契約・運用状況 in a real headless Chromium: filter the list, open a contract and a basic number, show
 * the SIP password (audited), edit a memo.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsPageIT extends ChromiumTest {

  private static final String PAGE = Urls.APP + "/portal/contracts.xhtml";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @BeforeEach
  void open() {
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(PAGE);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results:contracts")));
  }

  @Test
  void listDetailNumberAndTheSipPasswordShownOnRequest() {
    assertThat(table()).contains("◎ 正常", "N200000007", "ビジネスモバイル");
    type("search:keywords", "東京本社\u3000N200000001");
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(d -> !table().contains("N200000002"));
    assertThat(table()).contains("N200000001", "Y15000001", "1000001 東京本社");

    browser.findElement(By.linkText("N200000001")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractData")));
    assertThat(browser.findElement(By.id("address")).getText()).isEqualTo("東京都千代田区大手町1-1-1");
    assertThat(browser.findElement(By.id("accessLine")).getText()).isEqualTo("N700000001");

    WebElement first =
        browser.findElement(By.cssSelector("#numbersForm\\:basicNumbers_data a.number"));
    String basic = first.getText();
    first.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("numberData")));
    assertThat(browser.findElement(By.id("sipId")).getText()).isEqualTo("sip" + basic);
    assertThat(browser.findElement(By.id("sip:sipPassword")).getText()).isEqualTo("********");
    assertThat(browser.findElement(By.cssSelector(".add-on-BULK_FORWARDING")).getText())
        .contains("契約中");

    String audited =
        Urls.SUPPORT
            + "/count?sql="
            + URLEncoder.encode(
                "SELECT COUNT(*) FROM audit_event WHERE event = 'SIP_PASSWORD_SHOWN'"
                    + " AND detail = 'N200000001 "
                    + basic
                    + "'",
                StandardCharsets.UTF_8);
    long before = Long.parseLong(Urls.get(audited).body());
    browser.findElement(By.id("sip:showSip")).click();
    wait.until(d -> !d.findElement(By.id("sip:sipPassword")).getText().startsWith("*"));
    assertThat(browser.findElement(By.id("sip:sipPassword")).getText()).matches("[A-Za-z2-9]{12}");
    assertThat(Long.parseLong(Urls.get(audited).body())).isEqualTo(before + 1);
  }

  @Test
  void anAdministratorEditsAMemoInTheList() {
    String memo = "総務部 " + UUID.randomUUID().toString().substring(0, 6);
    type("search:keywords", "N200000003");
    browser.findElement(By.id("search:searchButton")).click();
    wait.until(d -> !table().contains("N200000002"));
    browser.findElement(By.cssSelector("#results\\:contracts_data button.memo-edit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("memoForm:memo")));
    type("memoForm:memo", memo);
    browser.findElement(By.id("memoForm:saveMemo")).click();
    wait.until(d -> table().contains(memo));
    assertThat(browser.findElement(By.id("search:messages")).getText())
        .contains("N200000003 のメモを保存しました");
  }

  @Test
  void theDashboardGroupsTheServicesAndEachMenuOpensItsList() {
    browser.get(Urls.APP + "/portal/index.xhtml");
    WebElement services =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("services")));
    assertThat(services.getText())
        .contains("音声・ビデオ・電話", "Arcstar IP Voice", "Arcstar Smart PBX", "モバイル", "ビジネスモバイル");
    assertThat(browser.findElement(By.id("adminMenu")).getText()).contains("ユーザー管理");
    browser.findElement(By.cssSelector("#service-SMART_PBX a.menu-contracts")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results:contracts")));
    wait.until(d -> table().contains("N200000008"));
    assertThat(table()).doesNotContain("N200000001");
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String table() {
    return browser.findElement(By.id("results:contracts")).getText();
  }
}
