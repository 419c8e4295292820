package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operators' audit screen: only WildFly application users in the operator role get in (the
 * container asks for a login, and the EJB checks the role again); they see every customer's
 * authentication events.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorAuditIT {

  private static final String PAGE = Urls.APP + "/operator/audit.xhtml";
  private static final String HOLDS = Urls.APP + "/operator/holds.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static HttpResponse<String> get(String user, String password) throws Exception {
    return get(PAGE, user, password);
  }

  private static HttpResponse<String> get(String page, String user, String password)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page)).GET();
    if (user != null) {
      String basic =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + basic);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The operators' BASIC login is throttled by the security realm itself (Elytron brute-force
   * protection, configured in 80-security.cli): after five wrong passwords even the right one is
   * refused for the lockout interval, while other operators go on.
   */
  @Test
  void guessingAnOperatorsPasswordLocksThatOperatorOut() throws Exception {
    for (int i = 1; i <= 5; i++) {
      assertThat(get(ItDatabase.GUESSED_OPERATOR, "guess-" + i).statusCode()).isEqualTo(401);
    }
    assertThat(get(ItDatabase.GUESSED_OPERATOR, ItDatabase.OPERATOR_PASSWORD).statusCode())
        .as("the right password, while locked out")
        .isEqualTo(401);
    assertThat(get(ItDatabase.OPERATOR, ItDatabase.OPERATOR_PASSWORD).statusCode())
        .as("another operator")
        .isEqualTo(200);
  }

  @Test
  void onlyOperatorsSeeEveryCustomersEvents() throws Exception {
    Urls.support("/portal-login?login=admin@test-bussan.example&password=wrong-password-1");
    Urls.support("/settings-site/login?login=W000000002&password=wrong-password-1");

    assertThat(get(null, null).statusCode()).isEqualTo(401);
    assertThat(get(ItDatabase.OPERATOR, "wrong").statusCode()).isEqualTo(401);

    HttpResponse<String> page = get(ItDatabase.OPERATOR, ItDatabase.OPERATOR_PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);
    // Filtered by account: other tests move the clock, so their entries may sort first.
    assertThat(
            get(
                    PAGE + "?account=admin@test-bussan.example",
                    ItDatabase.OPERATOR,
                    ItDatabase.OPERATOR_PASSWORD)
                .body())
        .contains("admin@test-bussan.example", "N100000002", "ログイン失敗");
    assertThat(
            get(PAGE + "?account=W000000002", ItDatabase.OPERATOR, ItDatabase.OPERATOR_PASSWORD)
                .body())
        .contains("W000000002", "N100000001", "ログイン失敗");

    assertThat(Urls.get(Urls.SUPPORT + "/operator-audit-count").body())
        .as("the service refuses callers without the operator role")
        .isEqualTo("NOT_ALLOWED");
  }

  @Test
  void operatorsSeeTheLiveHolds() throws Exception {
    String account = "held-" + java.util.UUID.randomUUID();
    String hold =
        Urls.support(
            "/holds/acquire?kind=BULK_DOWNLOAD&account=" + account + "&site=3000001&numbers=");
    assertThat(get(HOLDS, null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> page = get(HOLDS, ItDatabase.OPERATOR, ItDatabase.OPERATOR_PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(account, "一括設定ダウンロード", "3000001", "N100000002");
    Urls.support("/holds/release?id=" + hold);
    assertThat(get(HOLDS, ItDatabase.OPERATOR, ItDatabase.OPERATOR_PASSWORD).body())
        .doesNotContain(account);
  }
}
