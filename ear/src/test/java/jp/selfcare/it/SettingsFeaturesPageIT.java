package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Web Settings Site's per-number screens in Chromium: nuisance numbers added and removed
 * through the pending list, and a number user who lands on its own number and sees only the
 * functions of its role.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsFeaturesPageIT extends ChromiumTest {

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static long blocked(String number, String blockedNumber) {
    return Urls.count(
        "SELECT COUNT(*) FROM nuisance_entry e JOIN ip_number n ON n.id = e.ip_number_id"
            + " WHERE n.number = '"
            + number
            + "' AND e.blocked_number = '"
            + blockedNumber
            + "'");
  }

  @Test
  void nuisanceNumbersAreAddedAndRemovedOnlyOnSet() {
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuNuisance")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nz:numberPart")));
    PortalBrowser.type(browser, "nz:numberPart", "04560000");
    browser.findElement(By.id("nz:find")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nz:rows"), "04560000"));
    String number =
        browser.findElement(By.cssSelector("#nz\\:rows tbody tr td:nth-child(4)")).getText();
    browser.findElement(By.id("nz:rows:0:select")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), number));

    PortalBrowser.type(browser, "nz:added", "12-34");
    browser.findElement(By.id("nz:add")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nz:messages"), "12-34"));
    PortalBrowser.type(browser, "nz:added", "03-9999-0001");
    browser.findElement(By.id("nz:add")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("nz:lines"), "03-9999-0001"));
    PortalBrowser.type(browser, "nz:added", "090-9999-0002");
    browser.findElement(By.id("nz:add")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("nz:lines"), "090-9999-0002"));
    assertThat(blocked(number, "0399990001")).as("pending until 設定").isZero();

    browser.findElement(By.id("nz:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("nz:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(blocked(number, "0399990001")).isEqualTo(1);
    assertThat(blocked(number, "09099990002")).isEqualTo(1);

    browser.findElement(By.id("nz:again")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nz:numberPart")));
    PortalBrowser.type(browser, "nz:numberPart", number);
    browser.findElement(By.id("nz:find")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':select']"), 1));
    browser.findElement(By.id("nz:rows:0:select")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nz:lines"), "0399990001"));
    List<String> lines =
        browser.findElements(By.cssSelector("#nz\\:lines tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    int row =
        IntStream.range(0, lines.size())
            .filter(i -> lines.get(i).contains("0399990001"))
            .findFirst()
            .orElseThrow();
    browser
        .findElement(By.cssSelector("#nz\\:lines\\:" + row + "\\:remove .ui-chkbox-box"))
        .click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.cssSelector("#nz\\:lines tbody tr:nth-child(" + (row + 1) + ")"),
            "class",
            "removing"));
    browser.findElement(By.id("nz:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("nz:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(blocked(number, "0399990001")).isZero();
    assertThat(blocked(number, "09099990002")).isEqualTo(1);
  }

  @Test
  void aHuntGroupGainsAMemberAndIsReordered() {
    String parent = "0456000000";
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuHunt")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hg:numberPart")));
    PortalBrowser.type(browser, "hg:numberPart", parent);
    browser.findElement(By.id("hg:find")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':select']"), 1));
    browser.findElement(By.id("hg:rows:0:select")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("parentTitle"), parent));
    List<String> before = targetItems();
    assertThat(before).hasSizeGreaterThan(1);

    PortalBrowser.type(browser, "hg:candidateKey", "0456-000-17");
    browser.findElement(By.id("hg:findCandidates")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#hg\\:members .ui-picklist-source li[data-item-value='0456000170']")));
    browser
        .findElement(
            By.cssSelector("#hg\\:members .ui-picklist-source li[data-item-value='0456000170']"))
        .click();
    browser.findElement(By.cssSelector("#hg\\:members .ui-picklist-button-add")).click();
    wait.until(d -> targetItems().contains("0456000170"));
    browser
        .findElement(
            By.cssSelector(
                "#hg\\:members .ui-picklist-target li[data-item-value='" + before.get(1) + "']"))
        .click();
    browser.findElement(By.cssSelector("#hg\\:members .ui-picklist-button-move-top")).click();
    List<String> expected = new ArrayList<>(before);
    expected.add(0, expected.remove(1));
    expected.add("0456000170");
    wait.until(d -> targetItems().equals(expected));

    browser.findElement(By.id("hg:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("hg:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(Urls.support("/hunt/open?as=vg:Y15000001&parent=" + parent).split(" ")[3])
        .isEqualTo(String.join(",", expected));
  }

  @Test
  void aReservationIsCreatedAndSeenOnTheWeekCalendar() {
    String number = "0456000065";
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuReservation")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rs:new"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rs:numberPart")));
    PortalBrowser.type(browser, "rs:numberPart", number);
    pickNumber("rs", "candidates", number);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), number));

    pattern(0, "昼間", "03-1234-5678");
    pattern(1, "夜間", null);
    slots("1: 昼間", "09:00");
    slots("2: 夜間", "18:00");
    assertWeekCalendar();

    browser.findElement(By.id("rs:next")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("rs:save")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM reservation_slot s JOIN ip_number n ON n.id = s.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "'"))
        .isEqualTo(10);
    browser.findElement(By.id("rs:again")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("rs:reservations"), number));
  }

  /**
   * The calendar of 昼間 (forwards, Mon–Fri 09:00) and 夜間 (転送しない, Mon–Fri 18:00): weekdays Monday to
   * Sunday without dates, each day its own blocks with their times, Sunday and Monday morning on 夜間
   * (the last slot wraps round), the two kinds of block drawn differently, and today and the
   * pattern in force now by the customer's clock (Asia/Tokyo).
   */
  private void assertWeekCalendar() {
    // Monday to Friday: three blocks each; Saturday and Sunday: one each
    wait.until(d -> d.findElements(By.cssSelector("#rs\\:week .fc-timegrid-event")).size() == 17);
    List<String> headers =
        browser.findElements(By.cssSelector("#rs\\:week th.fc-col-header-cell")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(headers).hasSize(7).noneMatch(h -> h.matches(".*\\d.*"));
    assertThat(headers.get(0)).startsWith("月");
    assertThat(headers.get(6)).startsWith("日");

    List<WebElement> columns =
        browser.findElements(By.cssSelector("#rs\\:week td.fc-timegrid-col[data-date]"));
    assertThat(columns).hasSize(7);
    assertThat(columns.get(6).findElements(By.cssSelector(".fc-timegrid-event")))
        .as("Sunday runs on the week's last slot")
        .singleElement()
        .satisfies(e -> assertThat(e.getText()).contains("夜間"));
    for (WebElement weekday : columns.subList(1, 5)) {
      List<WebElement> blocks = weekday.findElements(By.cssSelector(".fc-timegrid-event"));
      assertThat(blocks).hasSize(3);
      assertThat(blocks)
          .as("every weekday shows its blocks' times")
          .allSatisfy(
              b ->
                  assertThat(b.findElement(By.cssSelector(".fc-event-time")).getText())
                      .isNotBlank());
    }
    assertThat(browser.findElements(By.cssSelector("#rs\\:week .fc-timegrid-event.forwards")))
        .hasSize(5)
        .allSatisfy(e -> assertThat(e.getText()).contains("昼間"));
    assertThat(
            browser.findElements(By.cssSelector("#rs\\:week .fc-timegrid-event.does-not-forward")))
        .hasSize(12)
        .allSatisfy(e -> assertThat(e.getText()).contains("夜間"));

    LocalDateTime tokyo = LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    int today = tokyo.getDayOfWeek().getValue() - 1;
    assertThat(columns.get(today).findElements(By.cssSelector(".fc-bg-event.today")))
        .as("today by the customer's clock")
        .hasSize(1);
    boolean office = today < 5 && tokyo.getHour() >= 9 && tokyo.getHour() < 18;
    assertThat(browser.findElement(By.id("rs:inForceNow")).getText())
        .contains(office ? "1: 昼間" : "2: 夜間");
    assertThat(browser.findElement(By.id("rs:slots")).getText()).contains("1: 昼間", "2: 夜間");
  }

  /** 編集 of a pattern: its name and either unconditional forwarding to list 1 or 転送しない. */
  private void pattern(int row, String name, String destination) {
    browser.findElement(By.id("rs:patterns:" + row + ":editPattern")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rs:patternName")));
    PortalBrowser.type(browser, "rs:patternName", name);
    if (destination == null) {
      browser.findElement(By.cssSelector("label[for='rs:forward:1']")).click();
    } else {
      browser.findElement(By.cssSelector("label[for='rs:forward:0']")).click();
      browser.findElement(By.cssSelector("#rs\\:unconditional .ui-chkbox-box")).click();
      PortalBrowser.type(browser, "rs:list0", destination);
      browser.findElement(By.cssSelector("label[for='rs:target:0']")).click();
    }
    browser.findElement(By.id("rs:keepPattern")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rs:patterns"), name));
  }

  /** 反映 of a pattern on Monday to Friday at a time. */
  private void slots(String patternLabel, String time) {
    browser.findElement(By.id("rs:slotPattern")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#rs\\:slotPattern_items li[data-label='" + patternLabel + "']")))
        .click();
    for (int day = 0; day < 5; day++) {
      browser.findElement(By.cssSelector("label[for='rs:slotDays:" + day + "']")).click();
    }
    PortalBrowser.type(browser, "rs:slotTime", time);
    int before = browser.findElements(By.cssSelector("#rs\\:slots tbody tr")).size();
    browser.findElement(By.id("rs:reflect")).click();
    wait.until(
        d ->
            d.findElements(By.cssSelector("#rs\\:slots tbody tr")).size()
                    == (before == 1 ? 5 : before + 5)
                && d.findElement(By.id("rs:slots")).getText().contains(time));
  }

  @Test
  void theMessageBoxIsSetAndItsUserDeletesARecordedMessage() {
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuMessageBox")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mb:numberPart")));
    PortalBrowser.type(browser, "mb:numberPart", "0350000013");
    browser.findElement(By.id("mb:find")).click();
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[id$=':select']"), 1));
    browser.findElement(By.id("mb:rows:0:select")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mb:addresses:0:address")));
    PortalBrowser.type(browser, "mb:addresses:0:address", "ui-box@example.jp");
    PortalBrowser.type(browser, "mb:addresses:0:confirmation", "ui-box@example.jp");
    browser.findElement(By.id("mb:addresses:0:condition")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#mb\\:addresses\\:0\\:condition_items li[data-label='録音時に通知']")))
        .click();
    PortalBrowser.type(browser, "mb:pin", "1234");
    PortalBrowser.type(browser, "mb:pinConfirmation", "1234");
    browser.findElement(By.id("mb:confirm")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mb:messages"), "連続"));
    PortalBrowser.type(browser, "mb:pin", "2580");
    PortalBrowser.type(browser, "mb:pinConfirmation", "2580");
    browser.findElement(By.id("mb:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    browser.findElement(By.id("mb:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mailNote")));
    assertThat(ItMail.text(ItMail.awaitMail(smtp, "ui-box@example.jp", 1))).contains("0350000013");

    browser.manage().deleteAllCookies();
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", "W000000003");
    PortalBrowser.type(browser, "login:password", "Demo-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    browser.findElement(By.id("appMenuForm:menuMessages")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rm:list")));
    int before = browser.findElements(By.cssSelector("#rm\\:list tbody tr[data-ri]")).size();
    assertThat(before).isPositive();
    browser.findElement(By.cssSelector("#rm\\:list tbody tr[data-ri='0'] .ui-chkbox-box")).click();
    browser.findElement(By.id("rm:delete")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rm:confirmYes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rm:messages"), "削除しました"));
    assertThat(browser.findElements(By.cssSelector("#rm\\:list tbody tr[data-ri]")))
        .hasSize(before - 1);
  }

  @Test
  void theBusinessMobileLoginRegistersFindsAndRenamesAUser() {
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", "BM12345678");
    PortalBrowser.type(browser, "login:password", "Demo-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("second:skip"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    assertThat(browser.findElements(By.id("appMenuForm:menuForwarding"))).isEmpty();
    browser.findElement(By.id("appMenuForm:menuMobile")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mu:fresh:0:name")));

    PortalBrowser.type(browser, "mu:fresh:0:name", "品質管理部 高橋");
    PortalBrowser.type(browser, "mu:fresh:0:number", "090-7777-0001");
    browser.findElement(By.id("mu:register")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("mu:confirmYes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mu:messages"), "ハイフンなし"));
    assertThat(Urls.count("SELECT COUNT(*) FROM mobile_user WHERE mobile_number LIKE '%7777%'"))
        .as("refused: hyphens")
        .isZero();

    PortalBrowser.type(browser, "mu:fresh:0:number", "09077770001");
    browser.findElement(By.id("mu:register")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("mu:confirmYes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mu:messages"), "1人"));

    PortalBrowser.type(browser, "mu:number", "09077770001");
    browser.findElement(By.id("mu:find")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultCount"), "1"));
    PortalBrowser.type(browser, "mu:found:0:name", "品質管理部 高橋一郎");
    browser.findElement(By.cssSelector("#mu\\:found\\:0\\:restricted .ui-chkbox-box")).click();
    browser.findElement(By.id("mu:apply")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("mu:confirmYes"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mu:messages"), "変更を登録"));
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM mobile_user WHERE mobile_number = '09077770001'"
                    + " AND user_name = '品質管理部 高橋一郎' AND international_restricted"))
        .isEqualTo(1);
  }

  @Test
  void theSimulatorShowsTheDecidingRuleForAForwardedARejectedAndAHuntedCall() {
    String forwarded = "0456000095";
    assertThat(
            Urls.support(
                "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                    + forwarded
                    + "&forward=true&modes=U&lists=03-1234-5678,,,,&target=LIST_1"))
        .startsWith("OK ");
    String blocking = Urls.support("/nuisance/search?as=vg:Y15000001&part=03500000").split(" ")[1];

    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuSimulator")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sim:called")));

    simulate(forwarded, "0399990000");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("0312345678");
    assertThat(decidingRule()).isEqualTo("無条件転送");

    simulate(blocking, "0312340001");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("迷惑電話お断り");
    assertThat(decidingRule()).isEqualTo("迷惑電話お断り");

    simulate("0456000000", "0399990000");
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("呼出: 0456000000 → ");
    assertThat(decidingRule()).startsWith("呼出");
  }

  private void simulate(String called, String caller) {
    String before =
        browser.findElements(By.id("summary")).isEmpty()
            ? ""
            : browser.findElement(By.id("summary")).getText();
    PortalBrowser.type(browser, "sim:called", called);
    PortalBrowser.type(browser, "sim:caller", caller);
    browser.findElement(By.id("sim:decide")).click();
    wait.until(
        d ->
            !d.findElements(By.id("summary")).isEmpty()
                && !d.findElement(By.id("summary")).getText().equals(before));
  }

  private String decidingRule() {
    return browser
        .findElement(By.cssSelector("#sim\\:checks tr.decided td:nth-child(2)"))
        .getText();
  }

  /**
   * Searches the number on a settings page (its form and result table) and selects it once the
   * search's answer has replaced the list shown before (a row of that list read before it is
   * replaced is stale).
   */
  private void pickNumber(String form, String table, String number) {
    browser.findElement(By.id(form + ":find")).click();
    wait.until(
        d -> {
          try {
            List<WebElement> rows =
                d.findElements(By.cssSelector("#" + form + "\\:" + table + " tbody tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(number);
          } catch (StaleElementReferenceException replacedWhileRead) {
            return false;
          }
        });
    browser.findElement(By.id(form + ":" + table + ":0:select")).click();
  }

  private List<String> targetItems() {
    return browser
        .findElements(By.cssSelector("#hg\\:members .ui-picklist-target li.ui-picklist-item"))
        .stream()
        .map(e -> e.getAttribute("data-item-value"))
        .toList();
  }

  /**
   * The pattern editor of 転送を予約する says before 反映 that リスト5 is required on a number with the bulk
   * forwarding contract (and leaving the screen gives its hold back).
   */
  @Test
  void thePatternEditorSaysListFiveIsRequiredBeforeRefusingIt() {
    String number = "0350000096";
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuReservation")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rs:new"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rs:numberPart")));
    PortalBrowser.type(browser, "rs:numberPart", number);
    pickNumber("rs", "candidates", number);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rs:patterns:0:editPattern"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rs:patternName")));
    assertThat(browser.findElement(By.id("rs:patternBulkNote")).getText())
        .contains("リスト5")
        .contains("入力必須");
    assertThat(browser.findElements(By.cssSelector("#rs\\:messages .ui-messages-error")))
        .as("said before anything was refused")
        .isEmpty();

    browser.findElement(By.id("rs:backPattern")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rs:cancel"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("rs:new")));
    assertThat(holdsOn(number)).as("キャンセル gave the hold back").isZero();
  }

  @Test
  void aNumberUserLandsOnItsOwnNumberAndSeesOnlyItsFunctions() {
    browser.get(Urls.APP + "/settings/login.xhtml");
    PortalBrowser.type(browser, "login:loginId", "W000000002");
    PortalBrowser.type(browser, "login:password", "Demo-pass1");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role")));
    assertThat(browser.findElements(By.id("appMenuForm:menuInternational"))).isEmpty();
    assertThat(browser.findElements(By.id("appMenuForm:menuOutgoing"))).isEmpty();
    assertThat(browser.findElements(By.id("appMenuForm:menuAccounts"))).isEmpty();
    assertThat(browser.findElements(By.id("appMenuForm:menuMessages")))
        .as("its number has no message box")
        .isEmpty();

    browser.findElement(By.id("appMenuForm:menuCallerId")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), "0350000000"));
    assertThat(browser.findElements(By.id("ft:numberPart"))).as("no search").isEmpty();
    assertThat(browser.findElements(By.id("ft:cancel"))).isEmpty();

    // Its own forwarding: opening the page (a GET) holds nothing; the first 確認 takes the hold,
    // and 設定 gives it back.
    browser.findElement(By.id("appMenuForm:menuForwarding")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), "0350000000"));
    assertThat(holdsOn("0350000000")).as("after the GET").isZero();
    PortalBrowser.type(browser, "fw:list4", "03-2222-0000");
    browser.findElement(By.id("fw:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    assertThat(holdsOn("0350000000")).as("after 確認").isEqualTo(1);
    browser.findElement(By.id("fw:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(holdsOn("0350000000")).as("after 設定").isZero();

    browser.findElement(By.id("appMenuForm:menuHistory")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history:entries")));
    assertThat(browser.findElement(By.id("history:entries")).getText())
        .doesNotContain("0456")
        .doesNotContain("0350000001");
  }

  /**
   * A する/しない switch (発信者番号通知): after the AJAX 確認 the confirmation shows the choice, locked; after
   * 設定 the page shows the completion alone — no confirmation text, no 設定 button — and the number
   * has the new value.
   */
  @Test
  void aSwitchsConfirmationGivesWayToItsCompletion() {
    String number = "0350000094";
    PortalBrowser.openSettingsSite(browser, smtp, "Y15000001");
    browser.findElement(By.id("appMenuForm:menuCallerId")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ft:numberPart")));
    PortalBrowser.type(browser, "ft:numberPart", number);
    pickNumber("ft", "rows", number);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("numberTitle"), number));

    browser.findElement(By.cssSelector("label[for='ft:enabled:1']")).click();
    browser.findElement(By.id("ft:confirm")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmLead")));
    assertThat(browser.findElement(By.id("ft:enabled:1")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("ft:enabled:1")).isEnabled()).as("locked").isFalse();
    String confirmation = browser.findElement(By.id("confirmLead")).getText();

    browser.findElement(By.id("ft:apply")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completed")));
    assertThat(browser.findElement(By.id("completed")).getText()).isEqualTo("設定が完了しました。");
    assertThat(browser.findElement(By.id("ft")).getText())
        .as("the completion replaced the confirmation")
        .doesNotContain(confirmation);
    assertThat(browser.findElements(By.id("confirmLead"))).isEmpty();
    assertThat(browser.findElements(By.id("ft:apply"))).isEmpty();
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM number_feature f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "' AND f.feature = 'CALLER_ID_PRESENTATION' AND NOT f.enabled"))
        .isEqualTo(1);
  }

  private static long holdsOn(String number) {
    return Urls.count(
        "SELECT COUNT(*) FROM operation_hold_number n JOIN ip_number i ON i.id = n.ip_number_id"
            + " WHERE i.number = '"
            + number
            + "'");
  }
}
