package jp.selfcare.reservation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;

/**
 * From {@code start} on {@code day}, pattern {@code pattern} (1–5) applies until the next slot of
 * the week.
 */
public record Slot(DayOfWeek day, LocalTime start, int pattern)
    implements Serializable, Comparable<Slot> {

  private static final Comparator<Slot> ORDER = Comparator.comparingInt(Slot::minuteOfWeek);

  public Slot {
    if (start.getSecond() != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("slots start on a whole minute");
    }
  }

  /** Minutes since Monday 00:00. */
  public int minuteOfWeek() {
    return (day.getValue() - 1) * 24 * 60 + start.getHour() * 60 + start.getMinute();
  }

  @Override
  public int compareTo(Slot other) {
    return ORDER.compare(this, other);
  }
}
