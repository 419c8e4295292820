package jp.selfcare.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The setting in force at an instant (spec §2): the last slot of the week at or before the local
 * time, the week's last slot before the first one, read in the customer's time zone.
 */
class WeeklyScheduleTest {

  static final NumberContext NUMBER = new NumberContext("0312340000", false, false, false, false);

  static ForwardingForm forwardTo(String destination) {
    return new ForwardingForm(
        true,
        true,
        false,
        false,
        false,
        "",
        List.of(destination, "", "", "", ""),
        ForwardingTarget.LIST_1);
  }

  static final ForwardingForm NO_FORWARD =
      new ForwardingForm(false, false, false, false, false, "", List.of("", "", "", "", ""), null);

  /** Weekdays 09:00 → 1 (office), weekdays 18:00 → 2 (night), Saturday 00:00 → 3 (weekend). */
  static WeeklySchedule officeWeek() {
    List<SlotForm> slots = new ArrayList<>();
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      slots.add(new SlotForm(day, "09:00", 1));
      slots.add(new SlotForm(day, "18:00", 2));
    }
    slots.add(new SlotForm(DayOfWeek.SATURDAY, "00:00", 3));
    ScheduleForm form =
        new ScheduleForm(
            Map.of(
                1, new PatternForm("勤務時間", forwardTo("0312345678")),
                2, new PatternForm("夜間", forwardTo("09012345678")),
                3, new PatternForm("休日", NO_FORWARD)),
            slots);
    ScheduleRules.Result result = ScheduleRules.validate(form, NUMBER);
    assertThat(result.issues()).isEmpty();
    return result.schedule();
  }

  @ParameterizedTest(name = "{0} → pattern {1}")
  @CsvSource({
    "2026-12-07T08:59, 3",
    "2026-12-07T09:00, 1",
    "2026-12-07T17:59, 1",
    "2026-12-07T18:00, 2",
    "2026-12-08T00:00, 2",
    "2026-12-08T08:59, 2",
    "2026-12-11T23:59, 2",
    "2026-12-12T00:00, 3",
    "2026-12-13T23:59, 3",
    "2026-12-14T09:00, 1",
  })
  void theSlotInForceAtALocalTime(String local, int pattern) {
    assertThat(officeWeek().slotAt(LocalDateTime.parse(local)).pattern()).isEqualTo(pattern);
  }

  @Test
  void theWeekIsCutAtMidnightsAndSlotsAndSundayRunsOnTheLastSlot() {
    List<String> week =
        officeWeek().week().stream()
            .map(
                s ->
                    s.day().name().substring(0, 3)
                        + " "
                        + s.fromMinute()
                        + "-"
                        + s.toMinute()
                        + " "
                        + s.slot().pattern())
            .toList();

    assertThat(week)
        .containsExactly(
            "MON 0-540 3",
            "MON 540-1080 1",
            "MON 1080-1440 2",
            "TUE 0-540 2",
            "TUE 540-1080 1",
            "TUE 1080-1440 2",
            "WED 0-540 2",
            "WED 540-1080 1",
            "WED 1080-1440 2",
            "THU 0-540 2",
            "THU 540-1080 1",
            "THU 1080-1440 2",
            "FRI 0-540 2",
            "FRI 540-1080 1",
            "FRI 1080-1440 2",
            "SAT 0-1440 3",
            "SUN 0-1440 3");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-12-07T00:00",
    "2026-12-07T08:59",
    "2026-12-09T12:30",
    "2026-12-11T18:00",
    "2026-12-12T00:00",
    "2026-12-13T23:59"
  })
  void everyMinuteOfTheDrawnWeekShowsTheSlotTheDecisionsUse(String local) {
    WeeklySchedule schedule = officeWeek();
    LocalDateTime at = LocalDateTime.parse(local);
    int minute = at.getHour() * 60 + at.getMinute();
    assertThat(schedule.week())
        .filteredOn(
            s -> s.day() == at.getDayOfWeek() && s.fromMinute() <= minute && minute < s.toMinute())
        .singleElement()
        .satisfies(s -> assertThat(s.slot()).isEqualTo(schedule.slotAt(at)));
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource({
    "2026-12-07T00:00:00Z, Asia/Tokyo,       0312345678",
    "2026-12-06T23:59:00Z, Asia/Tokyo,       ''",
    "2026-12-07T09:00:00Z, Asia/Tokyo,       09012345678",
    "2026-12-07T00:00:00Z, America/New_York, ''",
    "2026-12-07T14:00:00Z, America/New_York, 0312345678",
    "2026-12-07T23:00:00Z, America/New_York, 09012345678",
    "2026-12-07T09:00:00Z, UTC,              0312345678",
  })
  void theSettingInForceAtAnInstantFollowsTheCustomersTimeZone(
      String instant, String zone, String destination) {
    ForwardingSetting setting = officeWeek().settingAt(Instant.parse(instant), ZoneId.of(zone));
    assertThat(setting.destination()).isEqualTo(destination);
    assertThat(setting.forward()).isEqualTo(!destination.isEmpty());
  }

  @Test
  void aDaylightSavingNightIsReadInLocalTime() {
    // 2026-03-08 02:00 EST → 03:00 EDT: 18:00 Monday is still 18:00 local on either side.
    assertThat(
            officeWeek()
                .settingAt(Instant.parse("2026-03-09T22:00:00Z"), ZoneId.of("America/New_York"))
                .destination())
        .as("Monday 18:00 EDT")
        .isEqualTo("09012345678");
    assertThat(
            officeWeek()
                .settingAt(Instant.parse("2026-03-02T22:00:00Z"), ZoneId.of("America/New_York"))
                .destination())
        .as("Monday 17:00 EST")
        .isEqualTo("0312345678");
  }

  @Test
  void withoutAReservationTheOwnSettingApplies() {
    ForwardingSetting own = ForwardingSetting.validate(forwardTo("0451112222"), NUMBER).setting();
    Instant monday = Instant.parse("2026-12-07T00:00:00Z");
    assertThat(WeeklySchedule.settingAt(own, Optional.empty(), monday, ZoneId.of("Asia/Tokyo")))
        .isEqualTo(own);
    assertThat(
            WeeklySchedule.settingAt(
                    own, Optional.of(officeWeek()), monday, ZoneId.of("Asia/Tokyo"))
                .destination())
        .isEqualTo("0312345678");
  }

  @Test
  void aSingleSlotAppliesAllWeek() {
    WeeklySchedule one =
        ScheduleRules.validate(
                new ScheduleForm(
                    Map.of(1, new PatternForm("常時", forwardTo("0312345678"))),
                    List.of(new SlotForm(DayOfWeek.WEDNESDAY, "12:30", 1))),
                NUMBER)
            .schedule();
    assertThat(one.slotAt(LocalDateTime.parse("2026-12-07T00:00")).pattern()).isEqualTo(1);
    assertThat(one.slotAt(LocalDateTime.parse("2026-12-09T12:29")).pattern()).isEqualTo(1);
  }
}
