package jp.selfcare.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a browser into the Business Portal the way a person does, reading the code from SMTP. */
final class PortalBrowser {

  private PortalBrowser() {}

  /** ID + password, then the mailed code, then the dashboard. */
  static void logIn(WebDriver browser, GreenMailExtension smtp, String loginId, String password) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    int before = ItMail.mailsTo(smtp, loginId).length;
    browser.get(Urls.APP + "/portal/login.xhtml");
    type(browser, "login:loginId", loginId);
    type(browser, "login:password", password);
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("second:code")));
    type(browser, "second:code", ItMail.code(ItMail.awaitMail(smtp, loginId, before + 1)));
    browser.findElement(By.id("second:submit")).click();
    agreeToTermsIfAsked(browser);
  }

  /**
   * The sample administrator opens the Web Settings Site for a voice group from the portal's
   * settings-change list (the hand-off), landing on the site's top page.
   */
  static void openSettingsSite(WebDriver browser, GreenMailExtension smtp, String voiceGroup) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    logIn(browser, smtp, "admin@sample-shoji.example", "Demo-pass1");
    browser.get(Urls.APP + "/portal/settings-change.xhtml");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change:list")));
    type(browser, "change:keyword", voiceGroup);
    browser.findElement(By.id("change:search")).click();
    wait.until(
        ExpectedConditions.and(
            ExpectedConditions.textToBePresentInElementLocated(By.id("change:list"), voiceGroup),
            ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':open']"), 1)));
    browser.findElement(By.id("change:list:0:open")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
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

  /**
   * Picks an option of a PrimeFaces select menu by its label: opens the panel, clicks the option,
   * waits until the menu shows it and closes the panel if it stayed open (an option clicked while
   * the panel still slides open may leave it so, over the next button).
   */
  static void choose(WebDriver browser, String menuId, String label) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    String css = menuId.replace(":", "\\:");
    By panel = By.id(menuId + "_panel");
    By option = By.cssSelector("#" + css + "_items li[data-label='" + label + "']");
    // a click on an option while the panel still opens can be lost on a busy machine: open the
    // panel and click the option again until the menu shows it chosen
    wait.until(
        d -> {
          if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
            return true;
          }
          if (!d.findElement(panel).isDisplayed()) {
            d.findElement(By.id(menuId)).click();
            return false;
          }
          WebElement item = d.findElement(option);
          if (item.isDisplayed()) {
            item.click();
          }
          return label.equals(d.findElement(By.id(menuId + "_label")).getText());
        });
    try {
      new WebDriverWait(browser, Duration.ofSeconds(2))
          .until(ExpectedConditions.invisibilityOfElementLocated(panel));
    } catch (TimeoutException stillOpen) {
      browser.findElement(By.id(menuId + "_focus")).sendKeys(Keys.ESCAPE);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }
  }

  static void type(WebDriver browser, String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }
}
