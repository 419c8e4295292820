package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The settings history is kept 180 days (spec 30-settings-site.md §10): with the injectable clock
 * moved on, the purge deletes entries accepted more than 180 days before and keeps the rest; only
 * operators may start it by hand.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryPurgeIT {

  private static final long DAY = 24 * 3600;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  @AfterEach
  void resetClock() {
    Urls.post(Urls.SUPPORT + "/clock/reset");
  }

  private static void changeCallerId(String number, boolean on) {
    assertThat(
            support(
                "/features/change?as=vg:Y15000001&feature=CALLER_ID_PRESENTATION&number="
                    + number
                    + "&on="
                    + on))
        .startsWith("OK ");
  }

  private static long entries(String number) {
    return count(
        "SELECT COUNT(*) FROM operation WHERE operation_type = 'CALLER_ID_PRESENTATION'"
            + " AND target = '"
            + number
            + "'");
  }

  @Test
  void entriesOlderThan180DaysArePurgedAndNewerOnesKept() {
    String old = "0456000090";
    String recent = "0456000091";
    changeCallerId(old, false);
    support("/clock/shift?seconds=" + 100 * DAY);
    changeCallerId(recent, false);

    support("/clock/shift?seconds=" + 79 * DAY);
    support("/history-purge");
    assertThat(entries(old)).as("day 179: still kept").isEqualTo(1);

    support("/clock/shift?seconds=" + (DAY + 60));
    assertThat(Long.parseLong(support("/history-purge"))).isPositive();
    assertThat(entries(old)).isZero();
    assertThat(entries(recent)).as("accepted 80 days before").isEqualTo(1);
  }

  /**
   * The ids of counted nuisance rejections (kept so that a redelivered message is never counted
   * twice) go with the purge once they are older than the last two months; newer ones stay.
   */
  @Test
  void countedRejectionIdsOlderThanTwoMonthsArePurged() {
    String blocked = "0399990888";
    String number = support("/nuisance/search?as=vg:Y15000001&part=03500000").split(" ")[9];
    assertThat(support("/nuisance/apply?as=vg:Y15000001&number=" + number + "&list=" + blocked))
        .startsWith("OK ");
    long counted = rejections(number);
    reject(number, blocked);
    await().atMost(Duration.ofMinutes(1)).until(() -> rejections(number) == counted + 1);
    assertThat(count("SELECT COUNT(*) FROM nuisance_rejection_event")).isPositive();

    support("/clock/shift?seconds=" + 70 * DAY);
    reject(number, blocked);
    await().atMost(Duration.ofMinutes(1)).until(() -> rejections(number) > counted + 1);
    support("/history-purge");
    assertThat(count("SELECT COUNT(*) FROM nuisance_rejection_event"))
        .as("only the rejection counted after the clock moved on is left")
        .isEqualTo(1);
  }

  private static long rejections(String number) {
    return Long.parseLong(
        Urls.get(Urls.SUPPORT + "/settings-site/rejections?number=" + number).body());
  }

  private static void reject(String number, String caller) {
    assertThat(RoutingApi.incoming(HttpClient.newHttpClient(), number, caller))
        .isEqualTo("{\"action\":\"REJECT\",\"reason\":\"NUISANCE\"}");
  }

  @Test
  void onlyOperatorsStartThePurge() {
    assertThat(support("/history-purge/anonymous")).isEqualTo("REFUSED");
  }
}
