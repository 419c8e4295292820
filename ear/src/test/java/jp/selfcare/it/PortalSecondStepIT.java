package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.selfcare.identity.Totp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's second login step on the deployed service: the mailed code arrives through the real
 * mail path, is single-use and expires; wrong codes count towards the lockout; a TOTP code is
 * accepted once and refused when reused in its step; a ticket is needed to reach step two.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSecondStepIT {

  private static final String PASSWORD = "Passw0rdOk";

  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ItSmtp.setup());

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  @Test
  void theMailedCodeLogsInOnceAndOnlyWithItsTicket() throws Exception {
    String user = newUser(null);
    String[] first = post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ");
    assertThat(first[0]).isEqualTo("MAIL_CODE_REQUIRED");
    String ticket = first[1];
    String code = awaitCode(user, 1);

    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + wrong(code)))
        .isEqualTo("WRONG_CODE");
    assertThat(post("/portal-code?ticket=" + UUID.randomUUID() + "&code=" + code))
        .isEqualTo("START_AGAIN");
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + code)).isEqualTo("SUCCEEDED");
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + code))
        .as("ticket used up")
        .isEqualTo("START_AGAIN");
  }

  @Test
  void anExpiredCodeIsRefusedAndSendAgainMailsANewOne() throws Exception {
    String user = newUser(null);
    String ticket = post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ")[1];
    String old = awaitCode(user, 1);

    post("/clock/shift?seconds=" + Duration.ofMinutes(10).toSeconds());
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + old)).isEqualTo("CODE_EXPIRED");

    assertThat(post("/portal-resend?ticket=" + ticket)).isEqualTo("true");
    String fresh = awaitCode(user, 2);
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + fresh)).isEqualTo("SUCCEEDED");
  }

  @Test
  void wrongCodesCountTowardsTheLockout() throws Exception {
    String user = newUser(null);
    String ticket = post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ")[1];
    String code = awaitCode(user, 1);
    for (int i = 1; i <= 4; i++) {
      assertThat(post("/portal-code?ticket=" + ticket + "&code=" + wrong(code)))
          .isEqualTo("WRONG_CODE");
    }
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + wrong(code))).isEqualTo("LOCKED");
    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + code)).isEqualTo("START_AGAIN");
    assertThat(post("/portal-login?login=" + user + "&password=" + PASSWORD)).isEqualTo("LOCKED");
  }

  @Test
  void aTotpCodeIsAcceptedOnceAndRefusedWhenReused() {
    String secret = Totp.newSecret();
    String user = newUser(secret);
    String ticket = post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ")[1];
    String code = Totp.of(secret).codeAt(Instant.now());

    assertThat(post("/portal-code?ticket=" + ticket + "&code=" + code)).isEqualTo("SUCCEEDED");

    String[] again = post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ");
    assertThat(again[0]).isEqualTo("TOTP_REQUIRED");
    assertThat(post("/portal-code?ticket=" + again[1] + "&code=" + code))
        .as("same code again")
        .isEqualTo("WRONG_CODE");
    // only this user's mail: another test's mail still being redelivered may arrive meanwhile
    assertThat(ItMail.mailsTo(smtp, user)).as("TOTP users get no code mail").isEmpty();
  }

  private String awaitCode(String user, int nth) throws MessagingException {
    MimeMessage mail = ItMail.awaitMail(smtp, user, nth);
    assertThat(mail.getSubject()).isEqualTo("【ビジネスポータル】ワンタイムパスワードのお知らせ");
    return ItMail.code(mail);
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  private static String newUser(String totpSecret) {
    String login = "step2-" + UUID.randomUUID() + "@example.jp";
    String url =
        "/portal-users?login="
            + login
            + "&password="
            + PASSWORD
            + (totpSecret == null ? "" : "&totpSecret=" + totpSecret);
    post(url);
    return login;
  }

  private static String post(String path) {
    HttpResponse<String> response = Urls.post(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
