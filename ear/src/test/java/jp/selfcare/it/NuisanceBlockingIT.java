package jp.selfcare.it;

import static jp.selfcare.it.Urls.count;
import static jp.selfcare.it.Urls.support;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 迷惑電話お断り through the service (spec 30-settings-site.md §7): the demo list and this and last
 * month's counts, 設定 replacing the list with every registration date-time set to now, history with
 * undo, one event per change; every rule, scope and contract refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class NuisanceBlockingIT {

  /** The voice-group administrator of 東京本社 and 横浜営業所 (through the portal hand-off). */
  private static final String ADMIN = "vg:Y15000001";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.selfcareWithTestSupport();
  }

  private static List<String> numbers(String as, String part) {
    List<String> words =
        Arrays.asList(support("/nuisance/search?as=" + as + "&part=" + part).split(" "));
    assertThat(Long.parseLong(words.get(0))).isEqualTo(words.size() - 1);
    return words.subList(1, words.size());
  }

  private static String open(String as, String number) {
    return support("/nuisance/open?as=" + as + "&number=" + number);
  }

  private static String apply(String as, String number, String list) {
    return support("/nuisance/apply?as=" + as + "&number=" + number + "&list=" + list);
  }

  private static String entries(String number) {
    return count(
            "SELECT COUNT(*) FROM nuisance_entry e JOIN ip_number n ON n.id = e.ip_number_id"
                + " WHERE n.number = '"
                + number
                + "'")
        + "";
  }

  private static long feed(String number) {
    return Long.parseLong(Urls.get(Urls.SUPPORT + "/settings-site/feed?number=" + number).body());
  }

  /** The first demo number of 東京本社 with the contract and the sample list. */
  private static String demoNumber() {
    return numbers(ADMIN, "03500000").get(0);
  }

  @Test
  void theDemoListAndThisAndLastMonthsRejectionsAreShown() {
    assertThat(open(ADMIN, demoNumber())).isEqualTo("7 23 0312340001,09011112222,0120000999");
  }

  @Test
  void onlyNumbersWithTheContractAreListed() {
    List<String> listed = numbers(ADMIN, "035000000");
    assertThat(listed).isNotEmpty();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number LIKE '%035000000%'"
                    + " AND ao_nuisance_blocking"))
        .isEqualTo(listed.size());
  }

  @Test
  void setReplacesTheListRegistersEveryEntryNowAndIsUndone() {
    String number = numbers(ADMIN, "03500000").get(1);
    long events = feed(number);

    String answer = apply(ADMIN, number, "0312340001,045-111-2222,0120000999");

    assertThat(answer).startsWith("OK ");
    String operation = answer.substring(3);
    assertThat(open(ADMIN, number)).endsWith(" 0312340001,0451112222,0120000999");
    assertThat(
            count(
                "SELECT COUNT(DISTINCT e.registered_at) FROM nuisance_entry e JOIN ip_number n"
                    + " ON n.id = e.ip_number_id WHERE n.number = '"
                    + number
                    + "' AND e.registered_at > TIMESTAMP '2026-10-02 00:00:00'"))
        .as("every entry, kept ones too, registered at the same new instant")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE id = "
                    + operation
                    + " AND operation_type = 'NUISANCE_BLOCKING'"
                    + " AND old_value::jsonb #> '{value,numbers}'"
                    + " = '[\"0312340001\",\"09011112222\",\"0120000999\"]'::jsonb"
                    + " AND new_value::jsonb #> '{value,numbers}'"
                    + " = '[\"0312340001\",\"0451112222\",\"0120000999\"]'::jsonb"))
        .isEqualTo(1);
    assertThat(feed(number)).isEqualTo(events + 1);

    assertThat(support("/nuisance/undo?as=" + ADMIN + "&operation=" + operation)).startsWith("OK ");
    assertThat(open(ADMIN, number)).endsWith(" 0312340001,09011112222,0120000999");
    assertThat(support("/nuisance/undo?as=" + ADMIN + "&operation=" + operation))
        .isEqualTo("REFUSED CHANGED_SINCE");
  }

  @Test
  void badListsAreRefusedWithTheRuleAndChangeNothing() {
    String number = numbers(ADMIN, "03500000").get(2);
    String before = open(ADMIN, number);
    String thirtyOne =
        IntStream.range(0, 31)
            .mapToObj(i -> String.format("03%08d", i))
            .collect(Collectors.joining(","));

    assertThat(apply(ADMIN, number, thirtyOne)).isEqualTo("INVALID [-1:TOO_MANY]");
    assertThat(apply(ADMIN, number, "0312345678,1234,03-1234-5678"))
        .isEqualTo("INVALID [1:NUMBER_FORMAT 2:DUPLICATE]");
    assertThat(apply(ADMIN, number, "0-3-1-2")).isEqualTo("INVALID [0:NUMBER_FORMAT]");

    assertThat(open(ADMIN, number)).isEqualTo(before);
    assertThat(
            count(
                "SELECT COUNT(*) FROM operation WHERE operation_type = 'NUISANCE_BLOCKING'"
                    + " AND target = '"
                    + number
                    + "'"))
        .isZero();
  }

  @Test
  void outOfScopeOrWithoutTheContractNothingChanges() {
    String tokyo = demoNumber();
    String entries = entries(tokyo);
    assertThat(apply("vg:Y15000002", tokyo, "0312345678")).isEqualTo("NOT_ALLOWED");
    assertThat(apply("W000000002", tokyo, "0312345678"))
        .as("a number user has only its own number")
        .isEqualTo("NOT_ALLOWED");
    assertThat(entries(tokyo)).isEqualTo(entries);

    assertThat(
            count(
                "SELECT COUNT(*) FROM ip_number WHERE number = '0350000000'"
                    + " AND NOT ao_nuisance_blocking"))
        .isEqualTo(1);
    assertThat(apply("W000000002", "0350000000", "0312345678")).isEqualTo("NOT_ALLOWED");
    assertThat(entries("0350000000")).isEqualTo("0");
  }
}
