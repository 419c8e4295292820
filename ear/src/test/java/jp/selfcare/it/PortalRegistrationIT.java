package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Portal user registration on the deployed services: the administrator adds a user, the
 * registration mail carries a single-use link valid 72 hours, 本人確認 and the password rule are
 * checked by the service, an expired link leads to password reset, and only administrators add.
 */
@ExtendWith(ArquillianExtension.class)
class PortalRegistrationIT {

  private static final Pattern LINK = Pattern.compile("password\\.xhtml\\?token=([A-Za-z0-9_-]+)");
  private static final String NAME = "山田 一郎";
  private static final String PHONE = "0312340000";

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
  void fromTheRegistrationMailToTheFirstLogin() throws Exception {
    String admin = admin();
    String user = "new-" + UUID.randomUUID() + "@example.jp";
    assertThat(
            post(
                "/portal-registration?caller="
                    + admin
                    + "&name="
                    + enc(NAME)
                    + "&mail="
                    + user
                    + "&phone="
                    + PHONE
                    + "&lang=ja"))
        .matches("\\d+");

    MimeMessage mail = awaitMail(user, 1);
    assertThat(mail.getSubject()).isEqualTo("【ビジネスポータル】ユーザ登録受付メール");
    String body = (String) mail.getContent();
    assertThat(body).contains(NAME + " 様", "有効期限：", "パスワード再設定はこちら");
    String token = token(body);
    assertThat(get("/portal-link?token=" + token)).isEqualTo("VALID");

    assertThat(setPassword(token, user, NAME, "0399999999", "Passw0rdOk"))
        .isEqualTo("IDENTITY_MISMATCH");
    assertThat(setPassword(token, user, NAME, PHONE, "password1"))
        .isEqualTo("RULES_BROKEN [PASSWORD_NEEDS_UPPER]");
    assertThat(post("/portal-login?login=" + user + "&password=password1"))
        .as("nothing was set")
        .isEqualTo("REJECTED");

    assertThat(setPassword(token, user, NAME, PHONE, "Passw0rdOk")).isEqualTo("DONE");
    assertThat(setPassword(token, user, NAME, PHONE, "Passw0rdOk2")).isEqualTo("LINK_USED");
    assertThat(post("/portal-login?login=" + user + "&password=Passw0rdOk"))
        .startsWith("MAIL_CODE_REQUIRED ");
  }

  /**
   * An address gets at most three link mails an hour, however often the reset form is sent; the
   * answer never changes, and an hour later it gets mail again.
   */
  @Test
  void passwordResetMailsAreLimitedPerAddress() throws Exception {
    String user = "flood-" + UUID.randomUUID() + "@example.jp";
    post("/portal-users?login=" + user + "&password=Passw0rdOk");
    for (int i = 0; i < 6; i++) {
      assertThat(post("/portal-reset?login=" + user)).isEqualTo("accepted");
    }
    awaitMail(user, 3);
    assertThat(
            Urls.count(
                "SELECT COUNT(*) FROM audit_event WHERE account = '"
                    + user
                    + "' AND event = 'MAIL_THROTTLED'"))
        .isEqualTo(3);
    assertThat(ItMail.mailsTo(smtp, user)).as("three mails, not six").hasSize(3);

    post("/clock/shift?seconds=" + (Duration.ofHours(1).toSeconds() + 1));
    assertThat(post("/portal-reset?login=" + user)).isEqualTo("accepted");
    awaitMail(user, 4);
  }

  @Test
  void anExpiredLinkLeadsToPasswordResetWhichMailsANewOne() throws Exception {
    String admin = admin();
    String user = "late-" + UUID.randomUUID() + "@example.jp";
    post(
        "/portal-registration?caller="
            + admin
            + "&name="
            + enc(NAME)
            + "&mail="
            + user
            + "&phone="
            + PHONE
            + "&lang=en");
    String old = token((String) awaitMail(user, 1).getContent());

    post("/clock/shift?seconds=" + Duration.ofHours(72).toSeconds());
    assertThat(get("/portal-link?token=" + old)).isEqualTo("EXPIRED");
    assertThat(setPassword(old, user, NAME, PHONE, "Passw0rdOk")).isEqualTo("LINK_EXPIRED");

    assertThat(post("/portal-reset?login=" + user)).isEqualTo("accepted");
    MimeMessage reset = awaitMail(user, 2);
    assertThat(reset.getSubject()).isEqualTo("[Business Portal] Resetting your password");
    assertThat(setPassword(token((String) reset.getContent()), user, NAME, PHONE, "Passw0rdOk"))
        .isEqualTo("DONE");
    assertThat(post("/portal-reset?login=nobody-" + UUID.randomUUID() + "@example.jp"))
        .as("same answer for an unknown login ID")
        .isEqualTo("accepted");
  }

  @Test
  void onlyAdministratorsAddUsersAndABadFormStoresNothing() {
    String general =
        post(
            "/portal-users/direct?login=general-" + UUID.randomUUID() + "@example.jp&role=GENERAL");
    String user = "x-" + UUID.randomUUID() + "@example.jp";
    assertThat(
            post(
                "/portal-registration?caller="
                    + general
                    + "&name="
                    + enc(NAME)
                    + "&mail="
                    + user
                    + "&phone="
                    + PHONE
                    + "&lang=ja"))
        .isEqualTo("NOT_ALLOWED");

    String admin = admin();
    assertThat(
            post(
                "/portal-registration?caller="
                    + admin
                    + "&name=&mail=not-a-mail&phone=03-1234-5678&lang=ja"))
        .isEqualTo("INVALID [MAIL_ADDRESS_INVALID, NAME_REQUIRED, PHONE_INVALID]");
    assertThat(
            post(
                "/portal-registration?caller="
                    + admin
                    + "&name="
                    + enc(NAME)
                    + "&mail="
                    + user.toUpperCase()
                    + "&phone="
                    + PHONE
                    + "&lang=ja"))
        .matches("\\d+");
    assertThat(
            post(
                "/portal-registration?caller="
                    + admin
                    + "&name="
                    + enc(NAME)
                    + "&mail="
                    + user
                    + "&phone="
                    + PHONE
                    + "&lang=ja"))
        .as("login IDs compare without case")
        .isEqualTo("INVALID [MAIL_ADDRESS_TAKEN]");
    String count = "SELECT COUNT(*) FROM portal_user WHERE login_id = '" + user + "'";
    assertThat(get("/count?sql=" + enc(count))).isEqualTo("1");
  }

  private static String admin() {
    return post(
        "/portal-users/direct?login=admin-" + UUID.randomUUID() + "@example.jp&role=ADMINISTRATOR");
  }

  private static String setPassword(
      String token, String login, String name, String phone, String password) {
    return post(
        "/portal-password?token="
            + token
            + "&login="
            + login
            + "&name="
            + enc(name)
            + "&phone="
            + phone
            + "&password="
            + password
            + "&confirmation="
            + password);
  }

  private static String token(String body) {
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as("link in the mail").isTrue();
    return m.group(1);
  }

  private MimeMessage awaitMail(String user, int nth) {
    return ItMail.awaitMail(smtp, user, nth);
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String get(String path) {
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String post(String path) {
    HttpResponse<String> response = Urls.post(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
