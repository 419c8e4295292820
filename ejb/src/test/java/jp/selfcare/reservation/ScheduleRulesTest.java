package jp.selfcare.reservation;

import static jp.selfcare.reservation.WeeklyScheduleTest.NUMBER;
import static jp.selfcare.reservation.WeeklyScheduleTest.forwardTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import jp.selfcare.reservation.ScheduleRules.Issue;
import jp.selfcare.reservation.ScheduleRules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reservation's rules (spec §2 and the product limits in ScheduleRules). */
class ScheduleRulesTest {

  private static final Map<Integer, PatternForm> ONE =
      Map.of(1, new PatternForm("昼", forwardTo("0312345678")));

  private static ScheduleRules.Result validate(
      Map<Integer, PatternForm> patterns, List<SlotForm> slots) {
    return ScheduleRules.validate(new ScheduleForm(patterns, slots), NUMBER);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"00:00", "09:05", "23:59", "' 12:00 '"})
  void wholeMinuteTimesAreAccepted(String time) {
    assertThat(validate(ONE, List.of(new SlotForm(DayOfWeek.MONDAY, time, 1))).issues()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"24:00", "9:00", "09:60", "0900", "09:00:00", "''", "ab:cd", "１２:００"})
  void otherTimesAreRefused(String time) {
    ScheduleRules.Result result = validate(ONE, List.of(new SlotForm(DayOfWeek.MONDAY, time, 1)));
    assertThat(result.valid()).isFalse();
    assertThat(result.issues()).containsExactly(new Issue(Problem.SLOT_TIME, 1, 1));
  }

  @Test
  void aSlotMustNameADefinedPattern() {
    assertThat(validate(ONE, List.of(new SlotForm(DayOfWeek.MONDAY, "09:00", 2))).issues())
        .containsExactly(new Issue(Problem.SLOT_PATTERN, 2, 1));
  }

  @Test
  void twoSlotsAtTheSameTimeAreRefused() {
    Map<Integer, PatternForm> two =
        Map.of(1, ONE.get(1), 2, new PatternForm("夜", forwardTo("09012345678")));
    assertThat(
            validate(
                    two,
                    List.of(
                        new SlotForm(DayOfWeek.MONDAY, "09:00", 1),
                        new SlotForm(DayOfWeek.MONDAY, "09:00", 2)))
                .issues())
        .containsExactly(new Issue(Problem.SLOT_DUPLICATE, 2, 2));
  }

  @Test
  void atMostTenSlotsPerWeekday() {
    List<SlotForm> slots = new ArrayList<>();
    for (int h = 0; h < 11; h++) {
      slots.add(new SlotForm(DayOfWeek.FRIDAY, String.format("%02d:00", h), 1));
    }
    assertThat(validate(ONE, slots.subList(0, 10)).valid()).isTrue();
    assertThat(validate(ONE, slots).issues())
        .containsExactly(new Issue(Problem.TOO_MANY_SLOTS, 0, 11));
  }

  @Test
  void emptyReservationsAreRefused() {
    assertThat(validate(Map.of(), List.of()).issues())
        .containsExactly(new Issue(Problem.NO_PATTERN, 0, 0), new Issue(Problem.NO_SLOTS, 0, 0));
  }

  @Test
  void patternNamesAndNumbersAreChecked() {
    Map<Integer, PatternForm> patterns =
        Map.of(
            1, new PatternForm(" ", forwardTo("0312345678")),
            2, new PatternForm("あ".repeat(21), forwardTo("0312345678")),
            3, new PatternForm("あ".repeat(20), forwardTo("0312345678")),
            6, new PatternForm("六", forwardTo("0312345678")));
    assertThat(validate(patterns, List.of(new SlotForm(DayOfWeek.MONDAY, "09:00", 3))).issues())
        .containsExactly(
            new Issue(Problem.NAME_REQUIRED, 1, 0),
            new Issue(Problem.NAME_TOO_LONG, 2, 0),
            new Issue(Problem.PATTERN_NUMBER, 6, 0));
  }

  @Test
  void eachPatternPassesTheForwardingRules() {
    Map<Integer, PatternForm> patterns = Map.of(1, new PatternForm("誤り", forwardTo("0312340000")));
    ScheduleRules.Result result =
        validate(patterns, List.of(new SlotForm(DayOfWeek.MONDAY, "09:00", 1)));
    assertThat(result.issues()).containsExactly(new Issue(Problem.PATTERN_FORWARDING, 1, 0));
    assertThat(result.patterns().get(1).listProblems()).containsKey(0);
  }
}
