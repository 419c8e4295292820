package jp.selfcare.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

  /** Golden Week 2026: 4/29 (Wed), 5/3–5/6 (Sun–Wed). */
  private final BusinessDays days =
      new BusinessDays(
          Set.of(
              LocalDate.of(2026, 4, 29),
              LocalDate.of(2026, 5, 3),
              LocalDate.of(2026, 5, 4),
              LocalDate.of(2026, 5, 5),
              LocalDate.of(2026, 5, 6)));

  @ParameterizedTest
  @CsvSource({
    "2026-04-28, true", // Tuesday
    "2026-04-29, false", // 昭和の日
    "2026-05-02, false", // Saturday
    "2026-05-03, false", // Sunday and a holiday
    "2026-05-06, false", // 振替休日 on a Wednesday
    "2026-05-07, true"
  })
  void weekendsAndHolidaysAreNotBusinessDays(LocalDate day, boolean business) {
    assertThat(days.isBusinessDay(day)).isEqualTo(business);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-04-24, 1, 2026-04-27", // Friday + 1 → Monday
    "2026-04-24, 2, 2026-04-28",
    "2026-04-28, 1, 2026-04-30", // over 昭和の日
    "2026-04-30, 2, 2026-05-07", // Thu → Fri, then over the weekend and Golden Week
    "2026-05-02, 1, 2026-05-07", // counted from a Saturday
    "2026-04-28, 0, 2026-04-28",
    "2026-05-02, 0, 2026-05-07" // zero: the day itself or the next business day
  })
  void addsBusinessDaysCountingFromTheNextDay(LocalDate from, int n, LocalDate expected) {
    assertThat(days.plus(from, n)).isEqualTo(expected);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> days.plus(LocalDate.of(2026, 4, 28), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
