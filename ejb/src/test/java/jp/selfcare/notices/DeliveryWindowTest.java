package jp.selfcare.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryWindowTest {

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private static ZonedDateTime at(String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Tokyo"));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-07T08:59, false", // Monday before 9
    "2026-12-07T09:00, true", // from 9 inclusive
    "2026-12-07T17:59, true",
    "2026-12-07T18:00, false", // to 18 exclusive
    "2026-12-05T12:00, false" // Saturday
  })
  void weekdayOfficeHours(String local, boolean open) {
    assertThat(new DeliveryWindow(WEEKDAYS, 9, 18).isOpen(at(local))).isEqualTo(open);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-11T22:00, true", // Friday evening
    "2026-12-12T05:59, true", // Saturday early morning: Friday's window
    "2026-12-12T06:00, false",
    "2026-12-12T22:00, false", // Saturday evening: not a chosen day
    "2026-12-07T03:00, false" // Monday early morning: Sunday's window, Sunday not chosen
  })
  void aWindowOverMidnightBelongsToTheDayItStarts(String local, boolean open) {
    assertThat(new DeliveryWindow(WEEKDAYS, 22, 6).isOpen(at(local))).isEqualTo(open);
  }

  @Test
  void alwaysIsAlwaysOpen() {
    assertThat(DeliveryWindow.ALWAYS.isOpen(at("2026-12-13T00:00"))).isTrue();
    assertThat(DeliveryWindow.ALWAYS.isOpen(at("2026-12-13T23:59"))).isTrue();
  }

  @Test
  void theDaysAreStoredAsAMaskAndReadBack() {
    DeliveryWindow window =
        new DeliveryWindow(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), 8, 20);
    assertThat(window.daysMask()).isEqualTo("1000001");
    assertThat(DeliveryWindow.of("1000001", 8, 20)).isEqualTo(window);
  }

  @Test
  void noDayOrEqualHoursAreRefused() {
    assertThatThrownBy(() -> new DeliveryWindow(Set.of(), 9, 18))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeliveryWindow(WEEKDAYS, 9, 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeliveryWindow(WEEKDAYS, 0, 25))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
