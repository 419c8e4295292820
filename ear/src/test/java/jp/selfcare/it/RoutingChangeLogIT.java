package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The routing change log that keeps the nodes of a cluster in step (docs/cluster.md), on one node:
 * each committed change is an entry of the log and moves the cache's version; a change whose topic
 * message never came is applied by the next reconciliation (every 10 seconds) from the log; the
 * node reports its version for the operators. The two-node tests are the cluster profile's.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingChangeLogIT {

  /** Longer than the reconciliation's period (10 s) with room for a busy machine. */
  private static final Duration RECONCILED = Duration.ofSeconds(40);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String incoming(String called, String caller) {
    return Urls.get(Urls.SUPPORT + "/routing/incoming?called=" + called + "&caller=" + caller)
        .body();
  }

  /** version, missing, newest log entry, node. */
  private static String[] version() {
    return Urls.get(Urls.SUPPORT + "/routing-changes/version").body().split(" ");
  }

  @Test
  void aCommittedChangeIsALogEntryAndMovesTheVersion() {
    long before = Long.parseLong(version()[2]);
    String number = "0456000096";

    assertThat(
            support(
                "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                    + number
                    + "&forward=true&modes=U&lists=03-1234-5678,,,,&target=LIST_1"))
        .startsWith("OK ");

    long latest = Long.parseLong(version()[2]);
    assertThat(latest).as("one entry for the change").isGreaterThan(before);
    assertThat(
            count(
                "SELECT COUNT(*) FROM routing_change r JOIN ip_number n"
                    + " ON r.ip_number_ids = CAST(n.id AS VARCHAR(20))"
                    + " WHERE n.number = '"
                    + number
                    + "' AND r.id > "
                    + before))
        .isEqualTo(1);
    await()
        .atMost(RECONCILED)
        .untilAsserted(
            () -> assertThat(Long.parseLong(version()[0])).isGreaterThanOrEqualTo(latest));
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() {
    long before = Long.parseLong(version()[2]);

    assertThat(
            support("/settings-site/forwarding/rolled-back?as=vg:Y15000001&pw=&number=0456000095"))
        .isEqualTo("ROLLED_BACK");

    assertThat(count("SELECT COUNT(*) FROM routing_change WHERE id > " + before)).isZero();
  }

  @Test
  void aChangeWhoseMessageWasLostIsAppliedByTheNextReconciliation() {
    String[] listed = support("/nuisance/search?as=vg:Y15000001&part=03500000").split(" ");
    String number = listed[4];
    String caller = "0399990077";
    assertThat(incoming(number, caller)).startsWith("RING");

    long entry =
        Long.parseLong(
            Urls.post(
                    Urls.SUPPORT
                        + "/routing-changes/unannounced-nuisance?number="
                        + number
                        + "&blocked="
                        + caller)
                .body());

    await()
        .atMost(RECONCILED)
        .untilAsserted(() -> assertThat(incoming(number, caller)).isEqualTo("REJECT NUISANCE"));
    assertThat(Long.parseLong(version()[0])).isGreaterThanOrEqualTo(entry);
    String node = version()[3];
    await()
        .atMost(RECONCILED)
        .untilAsserted(
            () ->
                assertThat(Urls.get(Urls.SUPPORT + "/routing-changes/nodes").body().lines())
                    .as("the node reported a version with the entry")
                    .anySatisfy(
                        line -> {
                          String[] f = line.split(" ");
                          assertThat(f[0]).isEqualTo(node);
                          assertThat(Long.parseLong(f[1])).isGreaterThanOrEqualTo(entry);
                        }));
  }
}
