package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ユーザー編集・削除 and ユーザーグループの適用 by the services: administrators only, own customer only, the customer
 * keeps an administrator, a refused change stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PortalUserManagementIT {

  private static final String ADMIN = "admin@sample-shoji.example";
  private static final String OTHER_ADMIN = "admin@test-bussan.example";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @Test
  void anAdministratorEditsAUserOfTheCustomer() {
    String user = generalUser();
    assertThat(
            support(
                "/portal-users/edit?as="
                    + ADMIN
                    + "&user="
                    + user
                    + "&name=Renamed&role=ADMINISTRATOR"))
        .isEqualTo("ok");
    assertThat(rows(user, "name = 'Renamed' and role = 'ADMINISTRATOR'")).isEqualTo(1);
  }

  @Test
  void aRefusedEditChangesNothing() {
    String user = generalUser();
    assertThat(support("/portal-users/edit?as=" + ADMIN + "&user=" + user + "&name=&role=GENERAL"))
        .isEqualTo("INVALID [NAME_REQUIRED]");
    assertThat(
            support(
                "/portal-users/edit?as=" + user + "&user=" + user + "&name=Me&role=ADMINISTRATOR"))
        .as("a general user cannot edit, not even themselves")
        .isEqualTo("NOT_ALLOWED");
    assertThat(
            support(
                "/portal-users/edit?as=" + OTHER_ADMIN + "&user=" + user + "&name=X&role=GENERAL"))
        .as("another customer's administrator")
        .isEqualTo("NOT_ALLOWED");
    assertThat(rows(user, "role = 'GENERAL' and name <> 'Me' and name <> 'X' and name <> ''"))
        .isEqualTo(1);
  }

  @Test
  void theLastAdministratorStaysAnAdministrator() {
    assertThat(
            support(
                "/portal-users/edit?as="
                    + OTHER_ADMIN
                    + "&user="
                    + OTHER_ADMIN
                    + "&name=Admin&role=GENERAL"))
        .isEqualTo("INVALID [LAST_ADMINISTRATOR]");
    assertThat(rows(OTHER_ADMIN, "role = 'ADMINISTRATOR'")).isEqualTo(1);
  }

  @Test
  void deletingAUserRemovesTheirMembershipsAndNobodyDeletesThemselves() {
    String user = generalUser();
    String group = support("/groups?as=" + ADMIN + "&name=gone-" + UUID.randomUUID());
    support("/groups/" + group + "/members?as=" + ADMIN + "&user=" + user);

    assertThat(support("/portal-users/delete?as=" + OTHER_ADMIN + "&user=" + user))
        .isEqualTo("NOT_ALLOWED");
    assertThat(support("/portal-users/delete?as=" + user + "&user=" + user))
        .isEqualTo("NOT_ALLOWED");
    assertThat(rows(user, "1 = 1")).isEqualTo(1);

    assertThat(support("/portal-users/delete?as=" + ADMIN + "&user=" + user)).isEqualTo("ok");
    assertThat(rows(user, "1 = 1")).isZero();
    assertThat(count("SELECT COUNT(*) FROM user_group_member WHERE user_group_id = " + group))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_event WHERE event = 'USER_DELETED' AND detail = '"
                    + user
                    + "'"))
        .isEqualTo(1);

    assertThat(support("/portal-users/delete?as=" + ADMIN + "&user=" + ADMIN))
        .isEqualTo("NOT_ALLOWED");
  }

  @Test
  void aGroupPermissionOnAnotherCustomersVoiceGroupIsRefusedAndNothingIsStored() {
    String group = support("/groups?as=" + ADMIN + "&name=scoped-" + UUID.randomUUID());
    // Y25000001 is テスト物産's voice group.
    assertThat(
            support(
                "/groups/"
                    + group
                    + "/permissions?as="
                    + ADMIN
                    + "&scope=VOICE_GROUP&value=Y25000001&access=READ"))
        .isEqualTo("INVALID [UNKNOWN_SCOPE]");
    assertThat(
            support(
                "/groups/"
                    + group
                    + "/permissions?as="
                    + ADMIN
                    + "&scope=CONTRACT&value=N300000001&access=READ"))
        .isEqualTo("INVALID [UNKNOWN_SCOPE]");
    assertThat(count("SELECT COUNT(*) FROM group_permission WHERE user_group_id = " + group))
        .isZero();
    assertThat(support("/groups?as=" + ADMIN + "&name=" + "x".repeat(101)))
        .isEqualTo("INVALID [NAME_TOO_LONG]");
  }

  private static long rows(String login, String condition) {
    return count(
        "SELECT COUNT(*) FROM portal_user WHERE login_id = '" + login + "' AND " + condition);
  }

  private static String generalUser() {
    String login = "managed-" + UUID.randomUUID() + "@example.jp";
    support("/portal-users/direct?login=" + login + "&role=GENERAL");
    return login;
  }
}
