package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 開通案内 through the service and the mailbox: the application password mails a code, the code opens
 * the notice and its PDF (audited); wrong entries lock it for 30 minutes; after 14 days it no
 * longer opens; only users who may read the contract see it.
 */
@ExtendWith(ArquillianExtension.class)
class ActivationNoticesIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";
  private static final String PASSWORD = "Apply-pass-2";

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
  void thePasswordMailsACodeThatOpensTheNoticeAndItsPdf() throws MessagingException {
    assertThat(list(ADMIN)).as("the demo's head office").contains(" N200000001 true");
    String address =
        "soumu-" + UUID.randomUUID().toString().substring(0, 6) + "@sample-shoji.example";
    String id = publish("N200000002", address);
    assertThat(list(ADMIN)).contains(id + " N200000002 true");

    String masked = post("/activation/code?as=" + ADMIN + "&id=" + id + "&password=" + PASSWORD);
    assertThat(masked).startsWith("so").endsWith("@sample-shoji.example").contains("***");
    String code = ItMail.code(ItMail.awaitMail(smtp, address, 1));
    assertThat(ItMail.awaitMail(smtp, address, 1).getSubject())
        .isEqualTo("【ビジネスポータル】開通案内 閲覧用ワンタイムパスワード");

    long audited =
        count("SELECT COUNT(*) FROM audit_event WHERE event = 'ACTIVATION_NOTICE_OPENED'");
    assertThat(post("/activation/open?as=" + ADMIN + "&id=" + id + "&code=" + code))
        .isEqualTo("N200000002 N700000002 60");
    assertThat(post("/activation/pdf?as=" + ADMIN + "&id=" + id + "&code=" + code))
        .startsWith("%PDF- ");
    assertThat(count("SELECT COUNT(*) FROM audit_event WHERE event = 'ACTIVATION_NOTICE_OPENED'"))
        .isEqualTo(audited + 2);
    assertThat(post("/activation/open?as=" + ADMIN + "&id=" + id + "&code=000000"))
        .isEqualTo("REFUSED [WRONG_CODE]");
  }

  @Test
  void fiveWrongEntriesLockTheNoticeFor30Minutes() {
    String address =
        "lock-" + UUID.randomUUID().toString().substring(0, 6) + "@sample-shoji.example";
    String id = publish("N200000003", address);
    for (int i = 0; i < 5; i++) {
      assertThat(post("/activation/code?as=" + ADMIN + "&id=" + id + "&password=wrong-" + i))
          .isEqualTo("REFUSED [WRONG_PASSWORD]");
    }
    assertThat(post("/activation/code?as=" + ADMIN + "&id=" + id + "&password=" + PASSWORD))
        .as("locked, even with the right password")
        .isEqualTo("REFUSED [LOCKED]");
    assertThat(ItMail.mailsTo(smtp, address)).isEmpty();
    Urls.support("/clock/shift?seconds=" + Duration.ofMinutes(31).toSeconds());
    assertThat(post("/activation/code?as=" + ADMIN + "&id=" + id + "&password=" + PASSWORD))
        .contains("***@");
  }

  @Test
  void afterFourteenDaysTheNoticeNoLongerOpens() {
    String address =
        "late-" + UUID.randomUUID().toString().substring(0, 6) + "@sample-shoji.example";
    String id = publish("N200000004", address);
    Urls.support("/clock/shift?seconds=" + Duration.ofDays(14).plusMinutes(1).toSeconds());
    assertThat(list(ADMIN)).contains(id + " N200000004 false");
    assertThat(post("/activation/code?as=" + ADMIN + "&id=" + id + "&password=" + PASSWORD))
        .isEqualTo("REFUSED [EXPIRED]");
  }

  @Test
  void onlyUsersWhoMayReadTheContractSeeIt() {
    String id =
        publish(
            "N200000005", "scope-" + UUID.randomUUID().toString().substring(0, 6) + "@example.jp");
    assertThat(list(OTHER_ADMIN)).doesNotContain(id + " ");
    assertThat(post("/activation/code?as=" + OTHER_ADMIN + "&id=" + id + "&password=" + PASSWORD))
        .isEqualTo("NOT_ALLOWED");
  }

  private static String publish(String contract, String address) {
    return post(
        "/activation/publish?contract="
            + contract
            + "&password="
            + PASSWORD
            + "&address="
            + URLEncoder.encode(address, StandardCharsets.UTF_8));
  }

  private static String list(String as) {
    return Urls.get(Urls.SUPPORT + "/activation?as=" + as).body();
  }

  private static long count(String sql) {
    return Long.parseLong(
        Urls.get(Urls.SUPPORT + "/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))
            .body());
  }

  private static String post(String path) {
    return Urls.support(path);
  }
}
