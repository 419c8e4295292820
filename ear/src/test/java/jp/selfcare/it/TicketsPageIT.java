package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A ticket in a real headless Chromium: the customer opens it in the portal, the operator answers
 * it on the ticket desk, the contact address gets the mail, and the customer reads the answer.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsPageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void openedInThePortalAnsweredOnTheDeskReadAgainInThePortal() throws MessagingException {
    String subject = "転送設定について " + UUID.randomUUID().toString().substring(0, 6);
    String contact = "ticket-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    PortalBrowser.logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/tickets.xhtml");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("tickets:newTicket"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newTicketForm:subject")));
    PortalBrowser.choose(browser, "newTicketForm:service", "Arcstar IP Voice");
    PortalBrowser.choose(browser, "newTicketForm:category", "仕様・技術");
    PortalBrowser.type(browser, "newTicketForm:subject", subject);
    PortalBrowser.type(browser, "newTicketForm:body", "無応答時転送の呼出時間の上限を教えてください。");
    PortalBrowser.type(browser, "newTicketForm:contactMail", contact);
    browser.findElement(By.id("newTicketForm:send")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("tickets:messages"), "を発行しました"));
    String number =
        browser
            .findElement(By.id("tickets:messages"))
            .getText()
            .replaceAll("(?s).*チケット (\\d+) を発行しました.*", "$1");
    assertThat(browser.findElement(By.id("tickets:list")).getText()).contains(subject, "受付");

    browser.get(
        "http://"
            + ItDatabase.OPERATOR
            + ":"
            + ItDatabase.OPERATOR_PASSWORD
            + "@localhost:8080/operator/tickets.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:list")));
    List<String> rows =
        browser.findElements(By.cssSelector("#desk\\:list_data tr")).stream()
            .map(WebElement::getText)
            .toList();
    int row =
        IntStream.range(0, rows.size())
            .filter(i -> rows.get(i).startsWith(number + " "))
            .findFirst()
            .orElseThrow();
    browser.findElement(By.id("desk:list:" + row + ":show")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shown:answer")));
    assertThat(browser.findElement(By.id("ticketSubject")).getText()).isEqualTo(subject);
    PortalBrowser.type(browser, "shown:answer", "呼出時間は5秒から60秒まで設定できます。");
    browser.findElement(By.id("shown:send")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("shown:shownMessages"), "回答しました"));

    assertThat(ItMail.awaitMail(smtp, contact, 1).getSubject()).contains("チケット番号 " + number);

    browser.get(Urls.APP + "/portal/ticket.xhtml?id=" + number);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
    assertThat(browser.findElement(By.id("ticketState")).getText()).isEqualTo("回答済");
    assertThat(browser.findElement(By.id("thread")).getText())
        .contains("無応答時転送の呼出時間の上限", "サポート担当", "5秒から60秒まで");
  }
}
