package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 工事・故障情報 through the services and the mailbox: a subscription confirmed by its mailed link within
 * 30 minutes (and not after), a notice mailed once to each address within its delivery hours, an
 * address the mail system refuses paused until resumed, a fault marked with its status and mail,
 * and the dashboard's view of a fault that touches the customer's contracts.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";
  private static final Pattern LINK =
      Pattern.compile("(http://\\S+/portal/subscription\\.xhtml\\?token=\\S+)");

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.support("/clock/reset");
  }

  @Test
  void anAddressIsConfirmedByItsMailedLinkWithin30MinutesOnly() throws MessagingException {
    String a = address("a");
    String id = subscribe("IP_VOICE", a, true, true, "1234567", 0, 24);
    assertThat(id).matches("\\d+");
    assertThat(state(id)).isEqualTo("PROVISIONAL");
    MimeMessage provisional = ItMail.awaitMail(smtp, a, 1);
    assertThat(provisional.getSubject()).isEqualTo("【ビジネスポータル】工事・故障情報メール 仮登録のお知らせ");
    String link = link(provisional);
    assertThat(page(link)).contains("登録が完了しました");
    assertThat(state(id)).isEqualTo("ACTIVE");
    assertThat(page(link)).as("used once").contains("このURLは無効です");
    assertThat(subscribe("IP_VOICE", a, true, false, "12345", 9, 18))
        .isEqualTo("REFUSED [ALREADY_REGISTERED]");

    String c = address("c");
    String late = subscribe("IP_VOICE", c, true, true, "1234567", 0, 24);
    String first = link(ItMail.awaitMail(smtp, c, 1));
    Urls.support("/clock/shift?seconds=" + Duration.ofMinutes(31).toSeconds());
    assertThat(page(first)).contains("有効期限（30分）が過ぎています");
    assertThat(state(late)).isEqualTo("PROVISIONAL");
    assertThat(subscribe("IP_VOICE", c, true, true, "1234567", 0, 24))
        .as("registering again sends a new link")
        .isEqualTo(late);
    assertThat(page(link(ItMail.awaitMail(smtp, c, 2)))).contains("登録が完了しました");

    assertThat(subscribe("IP_VOICE", "not-an-address", false, false, "", 9, 9))
        .isEqualTo("REFUSED [ADDRESS_INVALID, DAYS_REQUIRED, HOURS_INVALID, NOTHING_CHOSEN]");
    assertThat(subscribe("SMART_PBX", address("x"), true, true, "1", 0, 24).isEmpty()).isFalse();
  }

  @Test
  void aNoticeIsMailedOnceToEachAddressWithinItsDeliveryHours() throws MessagingException {
    String always = address("always");
    confirmed("SMART_PBX", always, "1234567", 0, 24);
    int hour = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).getHour();
    String later = address("later");
    confirmed(
        "SMART_PBX",
        later,
        "1234567",
        (hour + 2) % 24,
        (hour + 3) % 24 == 0 ? 24 : (hour + 3) % 24);

    String title = "定期メンテナンス " + UUID.randomUUID().toString().substring(0, 6);
    String notice =
        Urls.supportWith(
            "/notices/publish?kind=MAINTENANCE&service=SMART_PBX&title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8),
            "交換機のソフトウェア更新を行います。");
    assertThat(notice).matches("\\d+");
    MimeMessage mail = ItMail.awaitMail(smtp, always, 2);
    assertThat(mail.getSubject()).isEqualTo("【工事情報】Arcstar Smart PBX " + title);
    assertThat(ItMail.text(mail)).contains("交換機のソフトウェア更新を行います。");
    Urls.support("/notices/deliver");
    assertThat(ItMail.mailsTo(smtp, always)).as("once").hasSize(2);
    assertThat(ItMail.mailsTo(smtp, later))
        .as("outside its hours: only the provisional mail")
        .hasSize(1);

    Urls.support("/clock/shift?seconds=" + Duration.ofHours(2).toSeconds());
    Urls.support("/notices/deliver");
    ItMail.awaitMail(smtp, later, 2);
    Urls.support("/notices/deliver");
    assertThat(ItMail.mailsTo(smtp, later)).hasSize(2);
    assertThat(ItMail.mailsTo(smtp, always)).hasSize(2);
  }

  @Test
  void anAddressTheMailSystemRefusesIsPausedUntilResumed() {
    String bad = "bad..dots-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp";
    String id = Urls.support("/notices/direct?service=MOBILE_OFFICE&address=" + bad);
    Urls.supportWith("/notices/publish?kind=FAULT&service=MOBILE_OFFICE&title=fault-1", "障害");
    await().atMost(Duration.ofSeconds(30)).until(() -> state(id).startsWith("PAUSED"));
    assertThat(state(id)).contains("malformed address");

    Urls.supportWith("/notices/publish?kind=FAULT&service=MOBILE_OFFICE&title=fault-2", "障害");
    Urls.support("/notices/deliver");
    assertThat(
            count(
                "SELECT COUNT(*) FROM notice_delivery WHERE subscription_id = "
                    + id
                    + " AND outcome = 'SKIPPED'"))
        .as("nothing queued while paused")
        .isEqualTo(1);
    assertThat(Urls.support("/notices/subscription/" + id + "/resume?as=" + ADMIN)).isEqualTo("OK");
    assertThat(state(id)).isEqualTo("ACTIVE");
    assertThat(Urls.support("/notices/subscription/" + id + "/resume?as=" + ADMIN))
        .isEqualTo("REFUSED [NOT_PAUSED]");
  }

  @Test
  void aFaultChangesTheStatusMailsItsSubscribersAndShowsOnTheDashboard() throws MessagingException {
    String d = address("fault");
    confirmed("IP_VOICE", d, "1234567", 0, 24);
    String fault = Urls.support("/notices/fault?contract=N200000004");
    try {
      assertThat(fault).matches("\\d+");
      assertThat(
              count(
                  "SELECT COUNT(*) FROM contract WHERE contract_number = 'N200000004' AND operational_status = 'FAULT'"))
          .isEqualTo(1);
      MimeMessage mail = ItMail.awaitMail(smtp, d, 2);
      assertThat(mail.getSubject()).isEqualTo("【故障検知】ご契約 N200000004 の運用状況が異常になりました");
      assertThat(ItMail.text(mail)).contains("ご契約番号：N200000004", "拠点：大阪支店");
      assertThat(Urls.support("/notices/fault?contract=N200000004"))
          .isEqualTo("REFUSED [FAULT_STATE]");

      String title = "大阪地区 通話障害 " + UUID.randomUUID().toString().substring(0, 6);
      Urls.supportWith(
          "/notices/publish?kind=FAULT&service=IP_VOICE&contracts=N200000004,N300000001&title="
              + URLEncoder.encode(title, StandardCharsets.UTF_8),
          "一部の通話がつながりにくくなっています。");
      assertThat(dashboard(ADMIN)).contains(title + ": N200000004@2000001");
      assertThat(dashboard(OTHER_ADMIN))
          .contains(title + ": N300000001@3000001")
          .doesNotContain("N200000004");
    } finally {
      assertThat(Urls.support("/notices/fault/clear?contract=N200000004")).isEqualTo("0");
    }
    assertThat(
            count(
                "SELECT COUNT(*) FROM contract WHERE contract_number = 'N200000004' AND operational_status = 'NORMAL'"))
        .isEqualTo(1);
  }

  private static String confirmed(String service, String address, String days, int from, int to)
      throws MessagingException {
    String id = subscribe(service, address, true, true, days, from, to);
    assertThat(page(link(ItMail.awaitMail(smtp, address, 1)))).contains("登録が完了しました");
    return id;
  }

  private static String subscribe(
      String service,
      String address,
      boolean maintenance,
      boolean fault,
      String days,
      int from,
      int to) {
    return Urls.support(
        "/notices/subscribe?as="
            + ADMIN
            + "&service="
            + service
            + "&address="
            + URLEncoder.encode(address, StandardCharsets.UTF_8)
            + "&maintenance="
            + maintenance
            + "&fault="
            + fault
            + "&days="
            + days
            + "&from="
            + from
            + "&to="
            + to);
  }

  private static String link(MimeMessage mail) {
    Matcher m = LINK.matcher(ItMail.text(mail));
    assertThat(m.find()).as(ItMail.text(mail)).isTrue();
    return m.group(1);
  }

  private static String page(String url) {
    HttpResponse<String> response = Urls.get(url);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String state(String id) {
    return Urls.get(Urls.SUPPORT + "/notices/subscription/" + id).body();
  }

  private static String dashboard(String as) {
    return Urls.get(Urls.SUPPORT + "/notices/dashboard?as=" + as).body();
  }

  private static long count(String sql) {
    return Long.parseLong(
        Urls.get(Urls.SUPPORT + "/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))
            .body());
  }

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@sample-shoji.example";
  }
}
