package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Holds as the database keeps them (spec 30-settings-site.md §11): another account's operation in
 * progress refuses a conflicting one and names itself; an abandoned edit screen's hold expires
 * after 10 minutes; a released hold blocks nothing; holds are rows, so a restart keeps them.
 */
@ExtendWith(ArquillianExtension.class)
class OperationHoldIT {

  @ArquillianResource private ManagementClient management;

  /** Sites 1000002, 2000002, 2000001 and 3000001 hold nothing in other tests; each test its own. */
  private static final String SITE = "1000002";

  private static final String NUMBER = "0456000010";
  private static final String OTHER_NUMBER = "0456000020";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static String acquire(String kind, String account, String site, String numbers) {
    return support(
        "/holds/acquire?kind="
            + kind
            + "&account="
            + account
            + "&site="
            + site
            + "&numbers="
            + numbers);
  }

  @Test
  void anotherAccountsEditScreenBlocksConflictingOperationsOnItsNumberOnly() {
    String a = "a-" + UUID.randomUUID();
    String b = "b-" + UUID.randomUUID();
    String hold = acquire("FORWARDING_CONDITIONS", a, SITE, NUMBER);
    assertThat(hold).matches("\\d+");

    assertThat(acquire("BULK_UPLOAD", b, SITE, NUMBER))
        .as("✕¹: the upload touches the held number")
        .isEqualTo("CONFLICT FORWARDING_CONDITIONS " + a);
    String other = acquire("BULK_DOWNLOAD", b, SITE, OTHER_NUMBER);
    assertThat(other).as("another number of the site").matches("\\d+");
    support("/holds/release?id=" + other);
    String second = acquire("FORWARDING_CONDITIONS", b, SITE, NUMBER);
    assertThat(second).as("○: conditions against conditions").matches("\\d+");
    assertThat(acquire("BULK_ACTIVATION", a, SITE, NUMBER))
        .as("b's edit screen blocks a's activation on the number")
        .isEqualTo("CONFLICT FORWARDING_CONDITIONS " + b);
    support("/holds/release?id=" + second);
    String own = acquire("BULK_ACTIVATION", a, SITE, NUMBER);
    assertThat(own).as("an account is not blocked by its own hold").matches("\\d+");

    support("/holds/release?id=" + own);
    support("/holds/release?id=" + hold);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation_hold WHERE account = '"
                    + a
                    + "' AND kind = 'FORWARDING_CONDITIONS'"))
        .isZero();
  }

  @Test
  void siteWideOperationsBlockEachOtherAndExpireWhenAbandoned() {
    String a = "a-" + UUID.randomUUID();
    String b = "b-" + UUID.randomUUID();
    String upload = acquire("BULK_UPLOAD", a, "2000002", "");
    assertThat(acquire("BULK_DOWNLOAD", b, "2000002", "")).isEqualTo("CONFLICT BULK_UPLOAD " + a);
    assertThat(acquire("GROUP_REGISTER", b, "2000002", "")).as("○").matches("\\d+");
    assertThat(count("SELECT COUNT(*) FROM operation_hold WHERE id = " + upload))
        .as("a row: it survives a restart")
        .isEqualTo(1);

    support("/clock/shift?seconds=" + (10 * 60 - 1));
    support("/holds/extend?id=" + upload);
    support("/clock/shift?seconds=" + (10 * 60 - 1));
    assertThat(acquire("BULK_DOWNLOAD", b, "2000002", ""))
        .as("extended: still held")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a);
    support("/clock/shift?seconds=1");
    assertThat(acquire("BULK_DOWNLOAD", b, "2000002", ""))
        .as("10 minutes after the last extension the hold has expired")
        .matches("\\d+");
  }

  @Test
  void aHoldSurvivesAServerRestart() throws Exception {
    String a = "a-" + UUID.randomUUID();
    String upload = acquire("BULK_UPLOAD", a, "1000002", "");
    assertThat(upload).matches("\\d+");

    String boot = Boots.current();
    ModelNode reload = Operations.createOperation("reload");
    management.getControllerClient().execute(reload);
    Boots.awaitNext(boot);
    assertThat(count("SELECT COUNT(*) FROM operation_hold WHERE id = " + upload)).isEqualTo(1);

    assertThat(acquire("BULK_DOWNLOAD", "b-" + UUID.randomUUID(), "1000002", ""))
        .as("the restarted server still honours the hold")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a);
    support("/holds/release?id=" + upload);
  }

  @Test
  void groupOperationsConflictOnTheSameGroup() {
    String a = "a-" + UUID.randomUUID();
    String b = "b-" + UUID.randomUUID();
    long group = 900_000 + (long) (Math.random() * 99_999);
    String activation =
        support(
            "/holds/acquire?kind=BULK_ACTIVATION&account="
                + a
                + "&site=2000001&group="
                + group
                + "&numbers=");
    assertThat(
            support(
                "/holds/acquire?kind=GROUP_DELETE&account="
                    + b
                    + "&site=3000001&group="
                    + group
                    + "&numbers="))
        .as("✕³: same group, even from another site")
        .isEqualTo("CONFLICT BULK_ACTIVATION " + a);
    String other =
        support(
            "/holds/acquire?kind=GROUP_DELETE&account="
                + b
                + "&site=3000001&group="
                + (group + 1)
                + "&numbers=");
    assertThat(other).matches("\\d+");
    support("/holds/release?id=" + activation);
    support("/holds/release?id=" + other);
  }
}
