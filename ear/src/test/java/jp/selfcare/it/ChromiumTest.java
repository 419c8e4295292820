package jp.selfcare.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: one headless Chromium per class, a fresh cookie jar (so a
 * fresh portal session) before each test, and a wait that tolerates re-rendered elements.
 */
abstract class ChromiumTest {

  protected static WebDriver browser;
  protected WebDriverWait wait;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void freshSession() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    browser.manage().deleteAllCookies();
  }
}
