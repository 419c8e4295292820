package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Switching the second step: a user switches their own at any time (choosing TOTP means setting the
 * app up again at the next login); an administrator switches a general user's of the same customer,
 * and nobody else may.
 */
@ExtendWith(ArquillianExtension.class)
class PortalAccountIT {

  private static final String PASSWORD = "Passw0rdOk";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void aUserSwitchesTheirOwnSecondStep() {
    String user = user();
    assertThat(firstStep(user)).isEqualTo("MAIL_CODE_REQUIRED");
    post("/second-step/mine?as=" + user + "&method=TOTP");
    assertThat(firstStep(user)).as("TOTP is set up afresh").isEqualTo("TOTP_ENROLMENT_REQUIRED");
    post("/second-step/mine?as=" + user + "&method=MAIL_OTP");
    assertThat(firstStep(user)).isEqualTo("MAIL_CODE_REQUIRED");
  }

  @Test
  void anAdministratorSwitchesAGeneralUserOfTheSameCustomerOnly() {
    String user = user();
    assertThat(post("/second-step/of?as=admin@sample-shoji.example&user=" + user + "&method=TOTP"))
        .isEqualTo("ok");
    assertThat(firstStep(user)).isEqualTo("TOTP_ENROLMENT_REQUIRED");

    assertThat(
            post("/second-step/of?as=admin@test-bussan.example&user=" + user + "&method=MAIL_OTP"))
        .as("another customer's administrator")
        .isEqualTo("NOT_ALLOWED");
    assertThat(post("/second-step/of?as=" + user() + "&user=" + user + "&method=MAIL_OTP"))
        .as("a general user")
        .isEqualTo("NOT_ALLOWED");
    assertThat(
            post(
                "/second-step/of?as=admin@sample-shoji.example&user=admin@sample-shoji.example&method=TOTP"))
        .as("administrators are switched by themselves, not by another administrator")
        .isEqualTo("NOT_ALLOWED");
    assertThat(firstStep(user)).isEqualTo("TOTP_ENROLMENT_REQUIRED");
  }

  @Test
  void onlyAdministratorsReadTheAuditLogAndOnlyTheirCustomers() {
    String user = user();
    firstStep(user);
    assertThat(get("/audit-count?as=" + user)).isEqualTo("NOT_ALLOWED");
    assertThat(Long.parseLong(get("/audit-count?as=admin@sample-shoji.example&account=" + user)))
        .isPositive();
    assertThat(get("/audit-count?as=admin@test-bussan.example&account=" + user))
        .as("another customer's administrator sees none of it")
        .isEqualTo("0");
  }

  private static String get(String path) {
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String user() {
    String login = "account-" + UUID.randomUUID() + "@example.jp";
    post("/portal-users?login=" + login + "&password=" + PASSWORD);
    return login;
  }

  private static String firstStep(String user) {
    return post("/portal-login?login=" + user + "&password=" + PASSWORD).split(" ")[0];
  }

  private static String post(String path) {
    HttpResponse<String> response = Urls.post(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
