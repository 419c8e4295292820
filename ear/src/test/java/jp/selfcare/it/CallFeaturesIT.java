package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 特定番号通知, 非通知着信拒否, 発信者番号通知, 国際電話利用休止 and 発信規制 through the service (spec 30-settings-site.md §4, §8,
 * §9): defaults, role and scope checks, contract and number-type checks, history with old and new
 * value, one event per change, undo, and the suspension's effect on forwarding. Every refused call
 * leaves the stored switches and the history as they were.
 */
@ExtendWith(ArquillianExtension.class)
class CallFeaturesIT {

  /** 横浜営業所 numbers no other test touches. */
  private static final String YOKOHAMA = "0456000050";

  private static final String YOKOHAMA_DIAL_IN = "0456000051";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static String call(String action, String as, String rest) {
    return support("/features/" + action + "?as=" + as + rest);
  }

  private static String view(String as, String feature, String number) {
    return call("view", as, "&feature=" + feature + "&number=" + number);
  }

  private static String change(String as, String feature, String number, boolean on) {
    return call("change", as, "&feature=" + feature + "&number=" + number + "&on=" + on);
  }

  private static long stored(String feature) {
    return count("SELECT COUNT(*) FROM number_feature WHERE feature = '" + feature + "'");
  }

  private static long history(String type, String number) {
    return count(
        "SELECT COUNT(*) FROM operation WHERE operation_type = '"
            + type
            + "' AND target = '"
            + number
            + "'");
  }

  private static long feed(String number) {
    return Long.parseLong(Urls.get(Urls.SUPPORT + "/settings-site/feed?number=" + number).body());
  }

  private static List<String> searched(String as, String feature, String part) {
    String answer = call("search", as, "&feature=" + feature + "&part=" + part);
    List<String> words = Arrays.asList(answer.split(" "));
    assertThat(Long.parseLong(words.get(0))).isEqualTo(words.size() - 1);
    return words.subList(1, words.size());
  }

  @Test
  void specificNumberPresentationIsOnByDefaultShowsTheContractedNumberAndIsSwitchedOff() {
    List<String> osaka = searched("vg:Y15000002", "SPECIFIC_NUMBER_PRESENTATION", "06600000");
    assertThat(osaka).as("basic numbers of 大阪支店 carry the contract").isNotEmpty();
    String number = osaka.get(osaka.size() - 1);
    assertThat(view("vg:Y15000002", "SPECIFIC_NUMBER_PRESENTATION", number))
        .matches("ON 0120\\d{6}");
    long events = feed(number);

    String answer = change("vg:Y15000002", "SPECIFIC_NUMBER_PRESENTATION", number, false);

    assertThat(answer).startsWith("OK ");
    assertThat(view("vg:Y15000002", "SPECIFIC_NUMBER_PRESENTATION", number)).startsWith("OFF ");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + answer.substring(3)
                    + " AND operation_type = 'SPECIFIC_NUMBER_PRESENTATION' AND old_value = '{\"v\":1,\"value\":true}'"
                    + " AND new_value = '{\"v\":1,\"value\":false}' AND state = 'COMPLETED'"))
        .isEqualTo(1);
    assertThat(feed(number)).as("one event after commit").isEqualTo(events + 1);
  }

  @Test
  void aNumberWithoutTheContractIsNeitherListedNorChangeable() {
    assertThat(searched("vg:Y15000001", "SPECIFIC_NUMBER_PRESENTATION", "")).isEmpty();
    long before = stored("SPECIFIC_NUMBER_PRESENTATION");

    assertThat(change("vg:Y15000001", "SPECIFIC_NUMBER_PRESENTATION", YOKOHAMA, false))
        .isEqualTo("NOT_ALLOWED");

    assertThat(stored("SPECIFIC_NUMBER_PRESENTATION")).isEqualTo(before);
    assertThat(history("SPECIFIC_NUMBER_PRESENTATION", YOKOHAMA)).isZero();
  }

  @Test
  void anonymousRejectionIsListedOnlyForItsContractAndDefaultsToOn() {
    List<String> listed = searched("vg:Y15000001", "ANONYMOUS_REJECTION", "04560000");
    assertThat(listed).isNotEmpty();
    long contracted =
        count(
            "SELECT COUNT(*) FROM ip_number WHERE number LIKE '04560000%' AND ao_anonymous_rejection");
    assertThat(listed).hasSize((int) Math.min(contracted, 100));
    assertThat(view("vg:Y15000001", "ANONYMOUS_REJECTION", listed.get(0))).isEqualTo("ON");
  }

  @Test
  void outsideTheScopeOrTheRoleNothingChanges() {
    long before = stored("CALLER_ID_PRESENTATION") + stored("INTERNATIONAL_SUSPENSION");

    assertThat(change("vg:Y15000002", "CALLER_ID_PRESENTATION", YOKOHAMA, false))
        .as("another voice group's number")
        .isEqualTo("NOT_ALLOWED");
    assertThat(change("W000000002", "INTERNATIONAL_SUSPENSION", "0350000000", true))
        .as("number users may not suspend international calls")
        .isEqualTo("NOT_ALLOWED");
    assertThat(change("W000000002", "CALLER_ID_PRESENTATION", "0350000001", false))
        .as("a number user only has its own number")
        .isEqualTo("NOT_ALLOWED");

    assertThat(stored("CALLER_ID_PRESENTATION") + stored("INTERNATIONAL_SUSPENSION"))
        .isEqualTo(before);
  }

  @Test
  void aNumberUserWithholdsItsOwnCallerId() {
    assertThat(view("W000000002", "CALLER_ID_PRESENTATION", "0350000000")).isEqualTo("ON");
    assertThat(change("W000000002", "CALLER_ID_PRESENTATION", "0350000000", false))
        .startsWith("OK ");
    assertThat(view("W000000002", "CALLER_ID_PRESENTATION", "0350000000")).isEqualTo("OFF");
    assertThat(change("W000000002", "CALLER_ID_PRESENTATION", "0350000000", true))
        .startsWith("OK ");
  }

  @Test
  void outgoingRestrictionIsForBasicNumbersOnly() {
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '"
                    + YOKOHAMA_DIAL_IN
                    + "' AND number_type = 'DIAL_IN'"))
        .isEqualTo(1);
    assertThat(searched("vg:Y15000001", "OUTGOING_RESTRICTION", "0456000051")).isEmpty();
    assertThat(change("vg:Y15000001", "OUTGOING_RESTRICTION", YOKOHAMA_DIAL_IN, true))
        .isEqualTo("NOT_ALLOWED");
    assertThat(history("OUTGOING_RESTRICTION", YOKOHAMA_DIAL_IN)).isZero();

    assertThat(change("vg:Y15000001", "OUTGOING_RESTRICTION", YOKOHAMA, true)).startsWith("OK ");
    assertThat(view("vg:Y15000001", "OUTGOING_RESTRICTION", YOKOHAMA)).isEqualTo("ON");
  }

  @Test
  void internationalSuspensionRefusesInternationalForwardingUntilLifted() {
    String number = "0456000052";
    String international =
        "/settings-site/forwarding/change?as=vg:Y15000001&pw=&number="
            + number
            + "&forward=true&modes=U&lists=010-1-2125551234,,,,&target=LIST_1";
    assertThat(change("vg:Y15000001", "INTERNATIONAL_SUSPENSION", number, true)).startsWith("OK ");

    assertThat(support(international)).contains("INTERNATIONAL_SUSPENDED");
    assertThat(history("FORWARDING", number)).isZero();

    assertThat(change("vg:Y15000001", "INTERNATIONAL_SUSPENSION", number, false)).startsWith("OK ");
    assertThat(support(international)).startsWith("OK ");
  }

  @Test
  void undoRestoresTheOldValueAndIsRefusedOnceTheNumberChangedAgain() {
    String number = "0456000053";
    String first = change("vg:Y15000001", "INTERNATIONAL_SUSPENSION", number, true).substring(3);

    String undone = call("undo", "vg:Y15000001", "&operation=" + first);

    assertThat(undone).startsWith("OK ");
    assertThat(view("vg:Y15000001", "INTERNATIONAL_SUSPENSION", number)).isEqualTo("OFF");
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + undone.substring(3)
                    + " AND undo_of = "
                    + first
                    + " AND old_value = '{\"v\":1,\"value\":true}'"
                    + " AND new_value = '{\"v\":1,\"value\":false}'"))
        .isEqualTo(1);

    assertThat(call("undo", "vg:Y15000001", "&operation=" + first))
        .as("the number changed since (by the undo itself)")
        .isEqualTo("REFUSED CHANGED_SINCE");
    assertThat(view("vg:Y15000001", "INTERNATIONAL_SUSPENSION", number)).isEqualTo("OFF");
    assertThat(history("INTERNATIONAL_SUSPENSION", number)).isEqualTo(2);
  }
}
