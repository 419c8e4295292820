package jp.selfcare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Portal permissions applied by the services: a general user reads what their groups grant (most
 * specific setting wins, union over groups), nothing without a group, never another customer's;
 * only administrators manage groups.
 */
@ExtendWith(ArquillianExtension.class)
class PortalPermissionsIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void aGeneralUserReadsWhatTheirGroupsGrant() {
    String user = generalUser();
    assertThat(count(user)).as("in no group").isZero();

    String west = post("/groups?as=" + ADMIN + "&name=west-" + UUID.randomUUID());
    post("/groups/" + west + "/members?as=" + ADMIN + "&user=" + user);
    post(
        "/groups/"
            + west
            + "/permissions?as="
            + ADMIN
            + "&scope=VOICE_GROUP&value=Y15000002&access=READ");
    // 西日本グループ: 大阪 300 + 200, 福岡 150.
    assertThat(count(user)).isEqualTo(650);

    post(
        "/groups/"
            + west
            + "/permissions?as="
            + ADMIN
            + "&scope=CONTRACT&value=N200000005&access=NONE");
    assertThat(count(user)).as("the contract setting wins over the voice group").isEqualTo(450);

    String everything = post("/groups?as=" + ADMIN + "&name=ipvoice-" + UUID.randomUUID());
    post("/groups/" + everything + "/members?as=" + ADMIN + "&user=" + user);
    post(
        "/groups/"
            + everything
            + "/permissions?as="
            + ADMIN
            + "&scope=SERVICE&value=IP_VOICE&access=READ");
    assertThat(count(user))
        .as("union with a group reading the whole service")
        .isEqualTo(Urls.sampleCustomerIpVoiceNumbers());

    String download = post("/downloads?contract=N200000005&lang=ja&as=" + user);
    assertThat(download).matches("\\d+");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"RUNNING".equals(Urls.get(Urls.SUPPORT + "/operations/" + download).body()));
    assertThat(post("/downloads?contract=N300000001&lang=ja&as=" + user))
        .as("never another customer's contract")
        .isEqualTo("UNKNOWN_CONTRACT");
  }

  @Test
  void theAllServicesGroupReadsEverythingOfItsCustomerOnly() {
    String user = generalUser();
    String all = post("/groups?as=" + ADMIN + "&name=all-" + UUID.randomUUID() + "&all=true");
    post("/groups/" + all + "/members?as=" + ADMIN + "&user=" + user);
    assertThat(count(user)).isEqualTo(Urls.sampleCustomerNumbers());
  }

  @Test
  void onlyAdministratorsOfTheSameCustomerManageGroups() {
    String user = generalUser();
    assertThat(post("/groups?as=" + user + "&name=mine")).isEqualTo("NOT_ALLOWED");

    String group = post("/groups?as=" + OTHER_ADMIN + "&name=other-" + UUID.randomUUID());
    assertThat(post("/groups/" + group + "/members?as=" + OTHER_ADMIN + "&user=" + user))
        .as("テスト物産's administrator cannot take in サンプル商事's user")
        .isEqualTo("INVALID [UNKNOWN_MEMBER]");
    assertThat(
            post(
                "/groups/"
                    + group
                    + "/permissions?as="
                    + ADMIN
                    + "&scope=SERVICE&value=IP_VOICE&access=READ"))
        .as("nor may サンプル商事's administrator change テスト物産's group")
        .isEqualTo("NOT_ALLOWED");
  }

  private static String generalUser() {
    String login = "member-" + UUID.randomUUID() + "@example.jp";
    post("/portal-users/direct?login=" + login + "&role=GENERAL");
    return login;
  }

  private static long count(String user) {
    HttpResponse<String> response = Urls.get(Urls.SUPPORT + "/directory-count?as=" + user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Long.parseLong(response.body());
  }

  private static String post(String path) {
    HttpResponse<String> response = Urls.post(Urls.SUPPORT + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
