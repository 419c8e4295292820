package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tickets through the services: opened by a customer for a service they may read, refused with
 * every rule it breaks, answered by an operator with one mail to the contact address, written to
 * again, closed; another customer, or a user without the service, sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TicketsIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void aTicketIsOpenedAnsweredWithOneMailWrittenToAgainAndClosed() throws MessagingException {
    String contact =
        "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@sample-shoji.example";
    String subject = "着信できない " + UUID.randomUUID().toString().substring(0, 6);
    String id = open(ADMIN, "IP_VOICE", "FAULT", subject, contact, "0312345678 に着信できません。");
    assertThat(id).matches("\\d+");
    assertThat(supportWith("/tickets?as=" + ADMIN, "", "GET"))
        .contains(id + " RECEIVED " + subject);
    assertThat(waiting()).contains(id);

    assertThat(post("/tickets/" + id + "/answer", "")).isEqualTo("REFUSED [BODY_REQUIRED]");
    assertThat(post("/tickets/" + id + "/answer", "回線を確認しました。現在は復旧しています。")).isEqualTo("OK");
    MimeMessage mail = ItMail.awaitMail(smtp, contact, 1);
    assertThat(mail.getSubject()).isEqualTo("【ビジネスポータル】お問い合わせ（チケット番号 " + id + "）への回答のお知らせ");
    assertThat(ItMail.text(mail))
        .contains("チケット番号：" + id, "件名：" + subject, "/portal/ticket.xhtml?id=" + id)
        .doesNotContain("復旧しています");
    assertThat(read(ADMIN, id))
        .startsWith("ANSWERED\n" + ADMIN + ": 0312345678 に着信できません。\nOPERATOR: 回線を確認しました。");

    assertThat(post("/tickets/" + id + "/reply?as=" + ADMIN, "ありがとうございます。")).isEqualTo("OK");
    assertThat(read(ADMIN, id)).startsWith("RECEIVED\n");
    assertThat(post("/tickets/" + id + "/close?as=" + ADMIN, "")).isEqualTo("OK");
    assertThat(post("/tickets/" + id + "/reply?as=" + ADMIN, "もう一件")).isEqualTo("REFUSED [CLOSED]");
    assertThat(post("/tickets/" + id + "/answer", "追加の回答")).isEqualTo("REFUSED [CLOSED]");
    assertThat(waiting()).doesNotContain(id);
    assertThat(ItMail.mailsTo(smtp, contact)).as("one mail for the one answer").hasSize(1);
  }

  @Test
  void everyRuleOfTheFormIsNamedAndNothingIsStored() {
    long before = count();
    assertThat(open(ADMIN, null, null, " ", "not-an-address", ""))
        .isEqualTo(
            "REFUSED [BODY_REQUIRED, CATEGORY_REQUIRED, CONTACT_MAIL_INVALID, SERVICE_REQUIRED,"
                + " SUBJECT_REQUIRED]");
    assertThat(open(ADMIN, "IP_VOICE", "TECHNICAL", "あ".repeat(101), ADMIN, "x".repeat(4001)))
        .isEqualTo("REFUSED [BODY_TOO_LONG, SUBJECT_TOO_LONG]");
    assertThat(open(OTHER_ADMIN, "SMART_PBX", "SERVICE", "件名", OTHER_ADMIN, "本文"))
        .as("テスト物産 holds no Smart PBX")
        .isEqualTo("REFUSED [SERVICE_NOT_VISIBLE]");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anotherCustomerAndAUserWithoutTheServiceSeeNothing() {
    String id = open(ADMIN, "SMART_PBX", "SERVICE", "PBX の仕様", ADMIN, "内線数の上限は？");
    assertThat(read(OTHER_ADMIN, id)).isEqualTo("NONE");
    assertThat(supportWith("/tickets?as=" + OTHER_ADMIN, "", "GET")).doesNotContain("PBX の仕様");
    String reader = Urls.readOnlyUserOf(ADMIN, "Y15000002");
    assertThat(read(reader, id)).as("reads IP Voice only").isEqualTo("NONE");
    assertThat(post("/tickets/" + id + "/reply?as=" + reader, "見えますか"))
        .isEqualTo("REFUSED [SERVICE_NOT_VISIBLE]");
  }

  private static String open(
      String as, String service, String category, String subject, String mail, String body) {
    return post(
        "/tickets?as="
            + as
            + (service == null ? "" : "&service=" + service)
            + (category == null ? "" : "&category=" + category)
            + "&subject="
            + URLEncoder.encode(subject, StandardCharsets.UTF_8)
            + "&mail="
            + URLEncoder.encode(mail, StandardCharsets.UTF_8),
        body);
  }

  private static String read(String as, String id) {
    return supportWith("/tickets/" + id + "?as=" + as, "", "GET");
  }

  private static String waiting() {
    return supportWith("/tickets/waiting", "", "GET");
  }

  private static long count() {
    HttpResponse<String> response =
        Urls.get(
            Urls.SUPPORT
                + "/count?sql="
                + URLEncoder.encode("SELECT COUNT(*) FROM ticket", StandardCharsets.UTF_8));
    return Long.parseLong(response.body());
  }

  private static String post(String path, String body) {
    return supportWith(path, body, "POST");
  }

  private static String supportWith(String path, String body, String method) {
    if ("POST".equals(method)) {
      return Urls.supportWith(path, body);
    }
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
