package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a browser into the Business Portal the way a person does, reading the code from SMTP. */
final class PortalBrowser {

  private static final Pattern CODE = Pattern.compile("(?:ワンタイムパスワード|One-time password): (\\d{6})");

  private PortalBrowser() {}

  /** ID + password, then the mailed code, then the dashboard. */
  static void logIn(WebDriver browser, GreenMailExtension smtp, String loginId, String password) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    int before = mailsTo(smtp, loginId).length;
    browser.get(Urls.APP + "/portal/login.xhtml");
    type(browser, "login:loginId", loginId);
    type(browser, "login:password", password);
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(smtp, loginId).length > before);
    type(browser, "second:code", codeIn(mailsTo(smtp, loginId)[before]));
    browser.findElement(By.id("second:submit")).click();
    agreeToTermsIfAsked(browser);
  }

  /** The first login of a user shows the terms; agreeing leads to the dashboard. */
  static void agreeToTermsIfAsked(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("welcome")),
            ExpectedConditions.presenceOfElementLocated(By.id("terms:agree"))));
    if (!browser.findElements(By.id("terms:agree")).isEmpty()) {
      browser.findElement(By.id("terms:agree")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    }
  }

  static String codeIn(MimeMessage mail) {
    try {
      Matcher m = CODE.matcher((String) mail.getContent());
      assertThat(m.find()).as("one-time password in the mail").isTrue();
      return m.group(1);
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static MimeMessage[] mailsTo(GreenMailExtension smtp, String loginId) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(loginId);
              } catch (MessagingException e) {
                return false;
              }
            })
        .toArray(MimeMessage[]::new);
  }

  static void type(WebDriver browser, String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
