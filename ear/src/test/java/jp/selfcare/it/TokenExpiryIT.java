package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * The token-expiry job (spec 40-bulk-and-batch.md §5), started by hand as an operator: with the
 * injectable clock moved two days on, expired hand-offs and operation holds (and any mailed code or
 * login ticket issued before) are gone; what was issued after the move stays.
 */
@ExtendWith(ArquillianExtension.class)
class TokenExpiryIT {

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  /** Any call as the voice group administrator: a hand-off from the portal. */
  private static void handOff() {
    assertThat(support("/settings-site/history?as=vg:Y15000001&pw=&target=0000000000"))
        .startsWith("0");
  }

  @Test
  void expiredTokensAndHoldsGoAndFreshOnesStay() {
    handOff();
    assertThat(
            support(
                "/holds/acquire?kind=FORWARDING_CONDITIONS&account=it-expiry&site=1000002"
                    + "&numbers=0456000080"))
        .as("the hold's id")
        .containsOnlyDigits();
    assertThat(count("SELECT COUNT(*) FROM settings_handoff")).isPositive();
    assertThat(count("SELECT COUNT(*) FROM operation_hold WHERE account = 'it-expiry'"))
        .isEqualTo(1);

    support("/clock/shift?seconds=" + 2 * 24 * 3600);
    // what had expired an hour (the grace) before the moved clock; other tests' rows made with a
    // clock moved further on are not due and stay
    String due =
        " < TIMESTAMP WITH TIME ZONE '"
            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now().plus(Duration.ofDays(2)).minus(Duration.ofMinutes(61)))
            + "+00'";
    String dropped = support("/history-purge/token-expiry");
    assertThat(dropped)
        .startsWith("links ")
        .doesNotContain("hand-offs 0")
        .doesNotContain("holds 0");
    assertThat(count("SELECT COUNT(*) FROM settings_handoff WHERE expires_at" + due)).isZero();
    assertThat(count("SELECT COUNT(*) FROM operation_hold WHERE account = 'it-expiry'")).isZero();
    assertThat(count("SELECT COUNT(*) FROM portal_user WHERE code_expires_at" + due)).isZero();
    assertThat(count("SELECT COUNT(*) FROM settings_account WHERE login_ticket_expires_at" + due))
        .isZero();

    long before = count("SELECT COUNT(*) FROM settings_handoff");
    handOff();
    assertThat(support("/history-purge/token-expiry")).contains("hand-offs 0");
    assertThat(count("SELECT COUNT(*) FROM settings_handoff"))
        .as("issued after the move: not expired")
        .isEqualTo(before + 1);
  }

  @Test
  void batchOperatorsStartTheJobsThroughTheManagementInterface() throws Exception {
    ModelNode batch = Deployments.batchJobs();
    for (String job : new String[] {"token-expiry", "settings-history-purge"}) {
      ModelNode start = Operations.createOperation("start-job", batch);
      start.get("job-xml-name").set(job);
      ModelNode started = management.getControllerClient().execute(start);
      assertThat(Operations.isSuccessfulOutcome(started)).as(started.toString()).isTrue();
      long execution = Operations.readResult(started).asLong();
      ModelNode address = batch.clone();
      address.add("job", job).add("execution", Long.toString(execution));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                ModelNode read =
                    management
                        .getControllerClient()
                        .execute(Operations.createReadAttributeOperation(address, "batch-status"));
                return Operations.isSuccessfulOutcome(read)
                    && Operations.readResult(read).asString().equals("COMPLETED");
              });
    }
  }

  @Test
  void onlyOperatorsStartIt() {
    assertThat(support("/history-purge/anonymous")).isEqualTo("REFUSED");
  }
}
