package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Business Portal lockout rule on the deployed service, with the server's clock moved forward
 * instead of waiting: 5 failures lock for 30 minutes; after that, 1 failure locks for 15; a success
 * resets; a locked account is refused even with the right password; all audited.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLockoutIT {

  private static final String PASSWORD = "Passw0rdOk";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  @Test
  void fiveFailuresLockForThirtyMinutesThenOneFailureLocksForFifteen() {
    String user = newUser();
    for (int i = 1; i <= 4; i++) {
      assertThat(login(user, "wrong-" + i)).as("failure %d", i).isEqualTo("REJECTED");
    }
    assertThat(login(user, "wrong-5")).isEqualTo("LOCKED");
    assertThat(login(user, PASSWORD)).as("right password while locked").isEqualTo("LOCKED");

    shift(Duration.ofMinutes(29));
    assertThat(login(user, PASSWORD)).isEqualTo("LOCKED");

    shift(Duration.ofMinutes(1));
    assertThat(login(user, "wrong-6"))
        .as("first failure after the automatic unlock")
        .isEqualTo("LOCKED");

    shift(Duration.ofMinutes(14));
    assertThat(login(user, PASSWORD)).isEqualTo("LOCKED");
    shift(Duration.ofMinutes(1));
    assertThat(login(user, PASSWORD)).isEqualTo("MAIL_CODE_REQUIRED");

    assertThat(audited(user, "ACCOUNT_LOCKED")).isEqualTo(2);
    assertThat(audited(user, "LOGIN_FAILED")).isEqualTo(6);
    assertThat(audited(user, "LOGIN_REFUSED_LOCKED")).isEqualTo(3);
  }

  @Test
  void fourFailuresDoNotLockAndAnUnknownUserIsJustRejected() {
    String user = newUser();
    for (int i = 1; i <= 4; i++) {
      assertThat(login(user, "wrong")).isEqualTo("REJECTED");
    }
    assertThat(login(user, PASSWORD)).isEqualTo("MAIL_CODE_REQUIRED");
    assertThat(login("nobody-" + UUID.randomUUID() + "@example.jp", PASSWORD))
        .isEqualTo("REJECTED");
    assertThat(audited(user, "ACCOUNT_LOCKED")).isZero();
  }

  private static String newUser() {
    String login = "lock-" + UUID.randomUUID() + "@example.jp";
    HttpResponse<String> created =
        Urls.post(Urls.SUPPORT + "/portal-users?login=" + login + "&password=" + PASSWORD);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    return login;
  }

  private static String login(String user, String password) {
    HttpResponse<String> response =
        Urls.post(Urls.SUPPORT + "/portal-login?login=" + user + "&password=" + password);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body().split(" ")[0];
  }

  private static void shift(Duration amount) {
    assertThat(Urls.post(Urls.SUPPORT + "/clock/shift?seconds=" + amount.toSeconds()).statusCode())
        .isEqualTo(200);
  }

  private static long audited(String user, String event) {
    String sql =
        "SELECT COUNT(*) FROM audit_event WHERE account = '"
            + user
            + "' AND event = '"
            + event
            + "'";
    return Long.parseLong(
        Urls.get(Urls.SUPPORT + "/count?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))
            .body()
            .strip());
  }
}
