package jp.selfcare.settingschange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.HuntGroupSetting;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.messagebox.Address;
import jp.selfcare.messagebox.GuidanceType;
import jp.selfcare.messagebox.MessageBoxSetting;
import jp.selfcare.messagebox.Notify;
import jp.selfcare.nuisance.NuisanceList;
import jp.selfcare.reservation.ForwardingPattern;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.reservation.Slot;
import jp.selfcare.reservation.WeeklySchedule;
import org.junit.jupiter.api.Test;

/**
 * The settings history keeps each setting as its typed record in a versioned envelope, reads back
 * exactly what it wrote, and still reads every entry written before it was typed.
 */
class HistoryValuesTest {

  private static final ForwardingSetting FORWARDING =
      new ForwardingSetting(
          true,
          false,
          true,
          true,
          false,
          20,
          List.of("", "09012345678", "", "", "0312345678"),
          ForwardingTarget.LIST_2);

  private static final WeeklySchedule SCHEDULE =
      new WeeklySchedule(
          Map.of(
              1,
              new ForwardingPattern("昼間", FORWARDING),
              2,
              new ForwardingPattern("夜間 & 休日", ForwardingSetting.NONE)),
          List.of(
              new Slot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 1),
              new Slot(DayOfWeek.MONDAY, LocalTime.of(18, 0), 2)));

  private static final MessageBoxSetting BOX =
      new MessageBoxSetting(
          List.of(
              new Address(1, "a@example.jp", Notify.ON_RECORD, true),
              new Address(3, "c@example.jp", Notify.ON_CALL, false)),
          GuidanceType.ANSWER_ONLY,
          true);

  private static final HuntGroupSetting GROUP =
      new HuntGroupSetting(
          CallMethod.SEQUENTIAL, NumberPresentation.PARENT, List.of("0312340001", "0312340002"));

  private static <V> V roundTrip(HistoryCodec<V> codec, V value) {
    String text = codec.write(value);
    assertThat(text).startsWith("{\"v\":1,\"value\":");
    return codec.read(text);
  }

  @Test
  void everySettingReadsBackWhatWasWritten() {
    assertThat(roundTrip(ForwardingSetting.HISTORY, FORWARDING)).isEqualTo(FORWARDING);
    assertThat(roundTrip(ForwardingSetting.HISTORY, ForwardingSetting.NONE))
        .isEqualTo(ForwardingSetting.NONE);
    assertThat(roundTrip(WeeklySchedule.HISTORY, SCHEDULE)).isEqualTo(SCHEDULE);
    assertThat(roundTrip(MessageBoxSetting.HISTORY, BOX)).isEqualTo(BOX);
    assertThat(roundTrip(HuntGroupSetting.HISTORY, GROUP)).isEqualTo(GROUP);
    NuisanceList list = new NuisanceList(List.of("0312340001", "09099990002"));
    assertThat(roundTrip(NuisanceList.HISTORY, list)).isEqualTo(list);
    assertThat(roundTrip(CallFeature.HISTORY, true)).isTrue();
    assertThat(roundTrip(CallFeature.HISTORY, false)).isFalse();
  }

  @Test
  void noValueIsKeptAsNull() {
    assertThat(WeeklySchedule.HISTORY.write(null)).isEqualTo("{\"v\":1,\"value\":null}");
    assertThat(WeeklySchedule.HISTORY.read("{\"v\":1,\"value\":null}")).isNull();
  }

  @Test
  void theTypedTextNamesEveryField() {
    assertThat(ForwardingSetting.HISTORY.write(ForwardingSetting.NONE))
        .isEqualTo(
            "{\"v\":1,\"value\":{\"busy\":false,\"forward\":false,\"lists\":[\"\",\"\",\"\",\"\",\"\"],"
                + "\"noAnswer\":false,\"ringSeconds\":null,\"target\":null,"
                + "\"unconditional\":false,\"unreachable\":false}}");
  }

  @Test
  void entriesWrittenBeforeTheHistoryWasTypedAreStillRead() {
    assertThat(ForwardingSetting.HISTORY.read("F;-BN-;r=20;l=,09012345678,,,0312345678;t=LIST_2"))
        .isEqualTo(FORWARDING);
    assertThat(
            WeeklySchedule.HISTORY.read(
                "1=%E6%98%BC%E9%96%93=F;-BN-;r=20;l=,09012345678,,,0312345678;t=LIST_2"
                    + "|2=%E5%A4%9C%E9%96%93+%26+%E4%BC%91%E6%97%A5=-;----;r=;l=,,,,;t="
                    + "#1@540=1,1@1080=2"))
        .isEqualTo(SCHEDULE);
    assertThat(WeeklySchedule.HISTORY.read("")).isNull();
    assertThat(
            MessageBoxSetting.HISTORY.read(
                "1:a@example.jp:ON_RECORD:1,3:c@example.jp:ON_CALL:0;ANSWER_ONLY;PIN"))
        .isEqualTo(BOX);
    assertThat(HuntGroupSetting.HISTORY.read("SEQUENTIAL|PARENT|0312340001,0312340002"))
        .isEqualTo(GROUP);
    assertThat(NuisanceList.HISTORY.read("0312340001,09099990002").numbers())
        .containsExactly("0312340001", "09099990002");
    assertThat(NuisanceList.HISTORY.read("").numbers()).isEmpty();
    assertThat(CallFeature.HISTORY.read("ON")).isTrue();
    assertThat(CallFeature.HISTORY.read("OFF")).isFalse();
  }

  @Test
  void theLargestReservationFitsTheHistoryColumn() {
    ForwardingSetting full =
        new ForwardingSetting(
            true,
            false,
            true,
            true,
            true,
            30,
            List.of("09012345678", "09012345679", "09012345670", "09012345671", "09012345672"),
            ForwardingTarget.LIST_5);
    Map<Integer, ForwardingPattern> patterns = new java.util.HashMap<>();
    for (int no = 1; no <= ScheduleRules.MAX_PATTERNS; no++) {
      patterns.put(no, new ForwardingPattern("昼".repeat(ScheduleRules.NAME_MAX), full));
    }
    List<Slot> slots = new java.util.ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (int i = 0; i < ScheduleRules.MAX_SLOTS_PER_DAY; i++) {
        slots.add(new Slot(day, LocalTime.of(10 + i, 59), 1 + i % ScheduleRules.MAX_PATTERNS));
      }
    }
    String text = WeeklySchedule.HISTORY.write(new WeeklySchedule(patterns, slots));
    assertThat(text.length()).as("operation.old_value / new_value hold 8000").isLessThan(8000);
  }

  @Test
  void aFormatThisApplicationDoesNotKnowIsRefusedNotMisread() {
    assertThatThrownBy(() -> CallFeature.HISTORY.read("{\"v\":2,\"value\":true}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format 2");
  }
}
