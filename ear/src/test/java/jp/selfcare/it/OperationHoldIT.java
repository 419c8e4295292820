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

  /** Rows of operation_hold that name the number (an edit screen's or a change's). */
  private static long holdsOn(String number) {
    return count(
        "SELECT COUNT(*) FROM operation_hold_number n JOIN ip_number i ON i.id = n.ip_number_id"
            + " WHERE i.number = '"
            + number
            + "'");
  }

  /**
   * 開く takes a 10-minute hold for the edit screen; the change it was opened for gives it back, so
   * no hold of the number outlives the completed change (転送を設定する, 転送を予約する, 転送先特定番号).
   */
  @Test
  void anEditScreensHoldEndsWithTheChangeItWasOpenedFor() {
    String forwarded = "0456000042";
    String admin = "vg:Y15000001";
    assertThat(support("/settings-site/forwarding/open?as=" + admin + "&pw=&number=" + forwarded))
        .matches("\\d+");
    assertThat(holdsOn(forwarded)).as("the open edit screen holds the number").isEqualTo(1);
    assertThat(
            support(
                "/settings-site/forwarding/change?as="
                    + admin
                    + "&pw=&number="
                    + forwarded
                    + "&forward=true&modes=BN&ring=20&lists=,090-1234-5678,,,&target=LIST_2"))
        .startsWith("OK ");
    assertThat(holdsOn(forwarded)).as("転送を設定する completed").isZero();
    String other = "b-" + UUID.randomUUID();
    String activation = acquire("BULK_ACTIVATION", other, SITE, forwarded);
    assertThat(activation).as("another account is not refused afterwards").matches("\\d+");
    support("/holds/release?id=" + activation);

    String reserved = "0456000043";
    assertThat(
            support(
                "/reservation/save?as="
                    + admin
                    + "&number="
                    + reserved
                    + "&patterns=1%3A%E6%98%BC%3A0312345678"
                    + "&slots=MONDAY@09:00=1"))
        .startsWith("OK ");
    assertThat(holdsOn(reserved)).as("転送を予約する completed").isZero();

    String specific = "0924000055";
    assertThat(
            support(
                "/specific/change?as="
                    + "vg:Y15000002"
                    + "&number="
                    + specific
                    + "&forward=true&modes=U"))
        .startsWith("OK ");
    assertThat(holdsOn(specific)).as("転送先特定番号 completed").isZero();
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
    assertThat(acquire("BULK_DOWNLOAD", b, "2000002", ""))
        .as("a second before 10 minutes: still held")
        .isEqualTo("CONFLICT BULK_UPLOAD " + a);
    support("/clock/shift?seconds=1");
    assertThat(acquire("BULK_DOWNLOAD", b, "2000002", ""))
        .as("10 minutes after it was taken, an abandoned hold has expired")
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
