package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The routing cache against the real database (spec 50-routing.md): loaded completely at start-up,
 * a committed settings change decides the next call, a rolled-back one never shows, and the hunt
 * group and nuisance list of the demo data decide as the settings say.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingCacheIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String incoming(String called, String caller) {
    return Urls.get(Urls.SUPPORT + "/routing/incoming?called=" + called + "&caller=" + caller)
        .body();
  }

  @Test
  void everyNumberIsLoadedAtStartUp() {
    assertThat(Long.parseLong(Urls.get(Urls.SUPPORT + "/routing/size").body()))
        .isEqualTo(count("SELECT COUNT(*) FROM ip_number"));
    assertThat(incoming("0399999999", "0312345678")).isEqualTo("NOT_IN_SERVICE");
  }

  @Test
  void aCommittedForwardingChangeDecidesTheNextCall() {
    String number = "0456000097";
    assertThat(incoming(number, "0312345678")).isEqualTo("RING " + number);

    assertThat(
            support(
                "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
                    + number
                    + "&forward=true&modes=U&lists=03-1234-5678,,,,&target=LIST_1"))
        .startsWith("OK ");

    assertThat(incoming(number, "0312345678"))
        .as("applied by the after-commit observer before the change call returned")
        .isEqualTo("FORWARD ALWAYS 0312345678");
  }

  @Test
  void aRolledBackChangeNeverShows() {
    String number = "0456000098";
    assertThat(
            support("/settings-site/forwarding/rolled-back?as=vg:Y15000001&pw=&number=" + number))
        .isEqualTo("ROLLED_BACK");
    assertThat(incoming(number, "0312345678")).isEqualTo("RING " + number);
  }

  @Test
  void theDemoHuntGroupRingsItsLinesInOrder() {
    assertThat(incoming("0456000000", "0312345678"))
        .startsWith("RING 0456000000,")
        .contains("0456000010");
  }

  @Test
  void aNumberAddedToTheBlockedListIsRejected() {
    String[] listed = support("/nuisance/search?as=vg:Y15000001&part=03500000").split(" ");
    assertThat(incoming(listed[1], "0312340001")).as("the demo list").isEqualTo("REJECT NUISANCE");
    String tokyo = listed[4];
    assertThat(incoming(tokyo, "0399990001")).startsWith("RING");

    assertThat(support("/nuisance/apply?as=vg:Y15000001&number=" + tokyo + "&list=0399990001"))
        .startsWith("OK ");

    assertThat(incoming(tokyo, "0399990001")).isEqualTo("REJECT NUISANCE");
    assertThat(incoming(tokyo, "0312340001")).startsWith("RING");
  }
}
