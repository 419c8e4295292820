package jp.selfcare.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Business-day arithmetic over a set of non-business weekdays (holidays). Saturdays and Sundays are
 * never business days.
 */
public record BusinessDays(Set<LocalDate> holidays) {

  public BusinessDays {
    holidays = Set.copyOf(holidays);
  }

  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The day itself when it is a business day, else the next one. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The {@code n}-th business day after {@code day} (n ≥ 0; n = 0 is {@link #onOrAfter}). Counting
   * starts the day after, whatever kind of day {@code day} is: two business days after Friday are
   * Monday and Tuesday, so Tuesday.
   */
  public LocalDate plus(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    if (n == 0) {
      return onOrAfter(day);
    }
    LocalDate d = day;
    int counted = 0;
    while (counted < n) {
      d = d.plusDays(1);
      if (isBusinessDay(d)) {
        counted++;
      }
    }
    return d;
  }
}
