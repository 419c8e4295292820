package jp.selfcare.notices;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * The days and hours an address may receive notice mail (Japan time): the hours from {@code
 * fromHour} (inclusive) to {@code toHour} (exclusive) of the chosen days; a window whose end is not
 * after its start spans midnight and belongs to the day it starts on. 0–24 on every day is always
 * open.
 */
public record DeliveryWindow(Set<DayOfWeek> days, int fromHour, int toHour)
    implements Serializable {

  /** Every day, all day. */
  public static final DeliveryWindow ALWAYS =
      new DeliveryWindow(EnumSet.allOf(DayOfWeek.class), 0, 24);

  public DeliveryWindow {
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("at least one day");
    }
    if (fromHour < 0 || fromHour > 23 || toHour < 1 || toHour > 24 || fromHour == toHour) {
      throw new IllegalArgumentException("hours 0-23 to 1-24, not equal");
    }
    days = Set.copyOf(days);
  }

  /** Whether a mail may be delivered at that moment (given in Japan time). */
  public boolean isOpen(ZonedDateTime at) {
    int hour = at.getHour();
    if (fromHour < toHour) {
      return days.contains(at.getDayOfWeek()) && hour >= fromHour && hour < toHour;
    }
    // spans midnight: the evening part on a chosen day, the morning part the day after one
    return (hour >= fromHour && days.contains(at.getDayOfWeek()))
        || (hour < toHour && days.contains(at.getDayOfWeek().minus(1)));
  }

  /** The days as stored: seven characters Monday to Sunday, 1 for a chosen day. */
  public String daysMask() {
    StringBuilder mask = new StringBuilder();
    for (DayOfWeek d : DayOfWeek.values()) {
      mask.append(days.contains(d) ? '1' : '0');
    }
    return mask.toString();
  }

  /** The window of a stored mask and hours. */
  public static DeliveryWindow of(String mask, int fromHour, int toHour) {
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (mask.charAt(d.ordinal()) == '1') {
        chosen.add(d);
      }
    }
    return new DeliveryWindow(chosen, fromHour, toHour);
  }
}
