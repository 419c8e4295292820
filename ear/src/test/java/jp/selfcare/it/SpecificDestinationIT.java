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
 * 転送先特定番号 through the service (spec 30-settings-site.md §3): only numbers with the contract are
 * listed, forwarding always goes to the contracted freephone/navi-dial number (which §1's rules
 * would refuse as a typed destination), the mode rules still apply, and ordinary forwarding never
 * touches these numbers.
 */
@ExtendWith(ArquillianExtension.class)
class SpecificDestinationIT {

  /** 福岡営業所 (Y15000002): index 5 of each ten is FDIS (0120…), index 6 NDIS (0570…). */
  private static final String ADMIN = "vg:Y15000002";

  private static final String FDIS = "0924000015";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String change(String as, String number, String rest) {
    return support("/specific/change?as=" + as + "&number=" + number + rest);
  }

  @Test
  void onlyContractedNumbersAreListedWithTheirDestination() {
    String answer = support("/specific/search?as=" + ADMIN + "&part=09240000");
    assertThat(answer).contains(" 0924000005=0120").contains(" 0924000006=0570");
    long contracted =
        count(
            "SELECT COUNT(*) FROM ip_number WHERE number LIKE '09240000%'"
                + " AND ao_specific_destination");
    assertThat(answer).startsWith(contracted + " ");
    assertThat(support("/specific/search?as=vg:Y15000001&part=")).isEqualTo("0");
  }

  @Test
  void forwardingGoesToTheContractedNumber() {
    String answer = change(ADMIN, FDIS, "&forward=true&modes=BN&ring=15");

    assertThat(answer).startsWith("OK ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + FDIS
                    + "' AND f.forward AND f.busy AND f.no_answer AND f.ring_seconds = 15"
                    + " AND f.list1 = n.destination_number AND f.target = 'LIST_1'"))
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + answer.substring(3)
                    + " AND operation_type = 'SPECIFIC_DESTINATION_FORWARDING'"))
        .isEqualTo(1);
  }

  @Test
  void theModeRulesStillApplyAndNothingChanges() {
    String number = "0924000025";
    assertThat(change(ADMIN, number, "&forward=true&modes=UB"))
        .isEqualTo("INVALID [UNCONDITIONAL_EXCLUSIVE] {}");
    assertThat(change(ADMIN, number, "&forward=true&modes=N&ring=99"))
        .isEqualTo("INVALID [RING_TIME] {}");
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "'"))
        .isZero();
  }

  @Test
  void ordinaryForwardingAndOtherScopesCannotReachTheseNumbers() {
    String number = "0924000035";
    assertThat(
            support(
                "/settings-site/forwarding/change?as="
                    + ADMIN
                    + "&pw=&number="
                    + number
                    + "&forward=true&modes=U&lists=0312345678,,,,&target=LIST_1"))
        .isEqualTo("NOT_ALLOWED");
    assertThat(change("vg:Y15000001", number, "&forward=true&modes=U")).isEqualTo("NOT_ALLOWED");
    assertThat(change(ADMIN, "0924000031", "&forward=true&modes=U"))
        .as("a number without the contract")
        .isEqualTo("NOT_ALLOWED");
  }

  @Test
  void undoRestoresTheReplacedSettingOnlyWhileTheNumberStillHoldsTheEntrysValue() {
    String number = "0924000045";
    String first = change(ADMIN, number, "&forward=true&modes=U").substring(3);
    String second = change(ADMIN, number, "&forward=true&modes=N&ring=30").substring(3);

    assertThat(support("/specific/undo?as=" + ADMIN + "&operation=" + first))
        .as("the number changed after that entry")
        .isEqualTo("REFUSED CHANGED_SINCE");
    assertThat(support("/specific/undo?as=" + ADMIN + "&operation=" + second)).startsWith("OK ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM forwarding_setting f JOIN ip_number n ON n.id = f.ip_number_id"
                    + " WHERE n.number = '"
                    + number
                    + "' AND f.unconditional AND NOT f.no_answer"))
        .isEqualTo(1);
    assertThat(support("/specific/undo?as=" + ADMIN + "&operation=" + second))
        .as("undone already: the number no longer holds that entry's value")
        .isEqualTo("REFUSED CHANGED_SINCE");
  }
}
