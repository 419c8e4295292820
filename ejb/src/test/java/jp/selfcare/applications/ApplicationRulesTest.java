package jp.selfcare.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import jp.selfcare.applications.ApplicationRefused.Problem;
import jp.selfcare.calendar.BusinessDays;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationRulesTest {

  /** 2026-09-21 to 23: 敬老の日, 国民の休日, 秋分の日 (Mon–Wed). */
  private final BusinessDays days =
      new BusinessDays(
          Set.of(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23)));

  @ParameterizedTest
  @CsvSource({
    "2026-09-17T14:59, 2026-09-17", // Thursday before 15:00: today
    "2026-09-17T15:00, 2026-09-18", // from 15:00: the next business day
    "2026-09-18T16:00, 2026-09-24", // Friday after 15:00: over the weekend and Silver Week
    "2026-09-19T10:00, 2026-09-24", // Saturday
    "2026-09-22T08:00, 2026-09-24" // a holiday, in the morning
  })
  void anApplicationIsReceivedTodayUntil15OnABusinessDay(LocalDateTime now, LocalDate received) {
    assertThat(ApplicationRules.receivedOn(now, days)).isEqualTo(received);
  }

  @Test
  void theEarliestWorkDateIsFiveBusinessDaysAfterReceipt() {
    // received Thu 9/17 → 9/18, 9/24, 9/25, 9/28, 9/29
    assertThat(ApplicationRules.earliestWorkDate(LocalDateTime.of(2026, 9, 17, 10, 0), days))
        .isEqualTo(LocalDate.of(2026, 9, 29));
  }

  @Test
  void aWorkDateMustBeABusinessDayNoSoonerThanTheLeadTime() {
    LocalDateTime now = LocalDateTime.of(2026, 9, 17, 10, 0);
    assertThat(ApplicationRules.workDate(LocalDate.of(2026, 9, 29), now, days)).isEmpty();
    assertThat(ApplicationRules.workDate(LocalDate.of(2026, 9, 28), now, days))
        .containsExactly(Problem.DATE_TOO_EARLY);
    assertThat(ApplicationRules.workDate(LocalDate.of(2026, 10, 3), now, days))
        .as("a Saturday")
        .containsExactly(Problem.DATE_NOT_BUSINESS_DAY);
    assertThat(ApplicationRules.workDate(LocalDate.of(2026, 9, 22), now, days))
        .as("a holiday that is also too soon: both rules named")
        .containsExactlyInAnyOrder(Problem.DATE_NOT_BUSINESS_DAY, Problem.DATE_TOO_EARLY);
    assertThat(ApplicationRules.workDate(null, now, days)).containsExactly(Problem.DATE_REQUIRED);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-09-18, true", // completed Thu 9/17: Fri is day 1
    "2026-09-24, true", // day 2 (after Silver Week) has not passed yet
    "2026-09-25, false" // two business days have passed
  })
  void aCompletedScheduledChangeBlocksImmediateOnesForTwoBusinessDays(
      LocalDate today, boolean blocked) {
    assertThat(
            ApplicationRules.blocksImmediate(
                ApplicationState.COMPLETED, LocalDate.of(2026, 9, 17), today, days))
        .isEqualTo(blocked);
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationState.class,
      names = {"ACCEPTED", "ARRANGED"})
  void anOpenScheduledChangeAlwaysBlocks(ApplicationState state) {
    assertThat(ApplicationRules.blocksImmediate(state, null, LocalDate.of(2027, 1, 1), days))
        .isTrue();
  }

  @Test
  void aCancelledOneNeverBlocks() {
    assertThat(
            ApplicationRules.blocksImmediate(
                ApplicationState.CANCELLED, null, LocalDate.of(2026, 9, 18), days))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = AddOn.class,
      names = {"NUISANCE_BLOCKING", "ANONYMOUS_REJECTION", "MESSAGE_BOX", "BULK_FORWARDING"})
  void fourAddOnsAreAddedAndRemovedAtOnce(AddOn addOn) {
    assertThat(
            ApplicationRules.addOnChange(Change.addAddOn("0312345678", addOn), AddOns.NONE, true))
        .isEmpty();
    assertThat(
            ApplicationRules.addOnChange(
                Change.removeAddOn("0312345678", addOn), AddOns.NONE.with(addOn), true))
        .isEmpty();
  }

  @Test
  void theSpecificNumberAddOnsAreOnlyRemovedAtOnce() {
    AddOns both =
        AddOns.NONE.withSpecificPresentation("0120123456").withSpecificDestination("0570123456");
    assertThat(
            ApplicationRules.addOnChange(
                Change.removeAddOn("0312345678", AddOn.SPECIFIC_NUMBER_PRESENTATION), both, true))
        .isEmpty();
    assertThat(
            ApplicationRules.addOnChange(
                Change.removeAddOn("0312345678", AddOn.SPECIFIC_DESTINATION), both, true))
        .isEmpty();
    assertThat(
            ApplicationRules.addOnChange(
                Change.addAddOn("0312345678", AddOn.SPECIFIC_DESTINATION), AddOns.NONE, true))
        .containsExactly(Problem.NOT_IMMEDIATE);
    assertThat(
            ApplicationRules.addOnChange(
                Change.addAddOn("0312345678", AddOn.MEMBERS_NET), AddOns.NONE, true))
        .containsExactly(Problem.NOT_IMMEDIATE);
  }

  @Test
  void addingWhatIsThereAndRemovingWhatIsNotAreNamed() {
    AddOns box = AddOns.NONE.with(AddOn.MESSAGE_BOX);
    assertThat(
            ApplicationRules.addOnChange(
                Change.addAddOn("0312345678", AddOn.MESSAGE_BOX), box, true))
        .containsExactly(Problem.ALREADY_CONTRACTED);
    assertThat(
            ApplicationRules.addOnChange(
                Change.removeAddOn("0312345678", AddOn.MEMBERS_NET), AddOns.NONE, true))
        .as("both rules: not contracted, and not removable at once")
        .containsExactlyInAnyOrder(Problem.NOT_CONTRACTED, Problem.NOT_IMMEDIATE);
  }

  @Test
  void aScheduledSpecificNumberAddOnNeedsItsContractedNumber() {
    Change without = Change.addAddOn("0312345678", AddOn.SPECIFIC_NUMBER_PRESENTATION);
    assertThat(ApplicationRules.addOnChange(without, AddOns.NONE, false))
        .containsExactly(Problem.SERVICE_NUMBER_REQUIRED);
    Change with =
        new Change(
            Change.Action.ADD_ADD_ON,
            "0312345678",
            AddOn.SPECIFIC_NUMBER_PRESENTATION,
            null,
            "0120123456");
    assertThat(ApplicationRules.addOnChange(with, AddOns.NONE, false)).isEmpty();
  }

  @Test
  void dialInsOfAMembersNetContractWaitForAWorkDate() {
    assertThat(
            ApplicationRules.dialInChange(Change.addDialIn("0312345678", "0312345679"), true, true))
        .containsExactly(Problem.MEMBERS_NET);
    assertThat(
            ApplicationRules.dialInChange(
                Change.addDialIn("0312345678", "0312345679"), true, false))
        .isEmpty();
    assertThat(ApplicationRules.dialInChange(Change.removeDialIn("0312345679"), true, true))
        .containsExactly(Problem.MEMBERS_NET);
  }

  @ParameterizedTest
  @CsvSource({"031234567", "1312345678", "031234567890", "03-1234-5678"})
  void aNewDialInIsTenOrElevenDigitsFromZero(String dialIn) {
    assertThat(ApplicationRules.dialInChange(Change.addDialIn("0312345678", dialIn), false, true))
        .containsExactly(Problem.INVALID_DIAL_IN);
  }

  @Test
  void workInWordsNeedsItsDescriptionOfAtMost2000Characters() {
    assertThat(ApplicationRules.detail(Work.RELOCATION, " "))
        .containsExactly(Problem.DETAIL_REQUIRED);
    assertThat(ApplicationRules.detail(Work.RELOCATION, "移転先: 本社ビル 5F")).isEmpty();
    assertThat(ApplicationRules.detail(Work.ADD_ONS, null)).as("structured work").isEmpty();
    assertThat(ApplicationRules.detail(Work.HUNT_GROUP, "あ".repeat(2000))).isEmpty();
    assertThat(ApplicationRules.detail(Work.HUNT_GROUP, "あ".repeat(2001)))
        .containsExactly(Problem.DETAIL_TOO_LONG);
  }

  @Test
  void feesComeFromTheManualsTable() {
    assertThat(AddOn.NUISANCE_BLOCKING.monthlyFee()).isEqualTo(300);
    assertThat(AddOn.ANONYMOUS_REJECTION.monthlyFeeWithTax()).isEqualTo(220);
    assertThat(AddOn.BULK_FORWARDING.monthlyFeeWithTax()).isEqualTo(3300);
    assertThat(AddOn.SPECIFIC_DESTINATION.monthlyFee()).isEqualTo(1000);
  }
}
