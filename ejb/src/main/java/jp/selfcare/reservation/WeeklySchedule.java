package jp.selfcare.reservation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.forwarding.ForwardingSetting;

/**
 * A valid reservation: the patterns by number (1–5) and at least one slot, sorted through the week.
 * Built by {@link ScheduleRules#validate} or read back from storage.
 */
public record WeeklySchedule(Map<Integer, ForwardingPattern> patterns, List<Slot> slots)
    implements Serializable {

  private static final int MINUTES_PER_DAY = 24 * 60;

  /**
   * How the settings history keeps a reservation (null: none); entries written before the history
   * was typed are read by {@link ScheduleText}.
   */
  public static final HistoryCodec<WeeklySchedule> HISTORY =
      HistoryCodec.of(WeeklySchedule.class, ScheduleText::decode);

  public WeeklySchedule {
    patterns = Map.copyOf(new TreeMap<>(patterns));
    slots = slots.stream().sorted().toList();
    if (slots.isEmpty()) {
      throw new IllegalArgumentException("a reservation has at least one slot");
    }
    for (Slot slot : slots) {
      if (!patterns.containsKey(slot.pattern())) {
        throw new IllegalArgumentException("slot names pattern " + slot.pattern());
      }
    }
  }

  /**
   * The slot in force at a local date-time: the last slot of the week at or before it, or — before
   * the week's first slot — the week's last slot, still running from the week before.
   */
  public Slot slotAt(LocalDateTime local) {
    return slotAt(
        (local.getDayOfWeek().getValue() - 1) * MINUTES_PER_DAY
            + local.getHour() * 60
            + local.getMinute());
  }

  private Slot slotAt(int minute) {
    Slot inForce = slots.get(slots.size() - 1);
    for (Slot slot : slots) {
      if (slot.minuteOfWeek() > minute) {
        break;
      }
      inForce = slot;
    }
    return inForce;
  }

  /**
   * The whole week, Monday 00:00 to Sunday 24:00, cut at each midnight and each slot's start, with
   * the slot in force during each piece by {@link #slotAt}: what the week calendar draws, so that
   * it shows exactly what the call decisions follow (Monday before the first slot and Sunday after
   * the last one run on the week's last slot).
   */
  public List<Stretch> week() {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int day = 0; day <= 7; day++) {
      cuts.add(day * MINUTES_PER_DAY);
    }
    slots.forEach(slot -> cuts.add(slot.minuteOfWeek()));
    List<Stretch> week = new ArrayList<>();
    int from = 0;
    for (int to : cuts.tailSet(0, false)) {
      int day = from / MINUTES_PER_DAY;
      week.add(
          new Stretch(
              DayOfWeek.of(day + 1),
              from - day * MINUTES_PER_DAY,
              to - day * MINUTES_PER_DAY,
              slotAt(from)));
      from = to;
    }
    return week;
  }

  /**
   * Part of one weekday during which {@code slot} is in force: from {@code fromMinute} up to {@code
   * toMinute} (minutes of the day, 1440 meaning midnight at the day's end).
   */
  public record Stretch(DayOfWeek day, int fromMinute, int toMinute, Slot slot)
      implements Serializable {}

  /** The pattern's setting in force at the instant, read in the customer's time zone. */
  public ForwardingSetting settingAt(Instant at, ZoneId zone) {
    return patterns.get(slotAt(LocalDateTime.ofInstant(at, zone)).pattern()).setting();
  }

  /**
   * The forwarding that applies to a number at an instant: its reservation's slot in force when it
   * has one, else its own §1 setting. The routing cache calls this for every decision.
   */
  public static ForwardingSetting settingAt(
      ForwardingSetting own, Optional<WeeklySchedule> reservation, Instant at, ZoneId zone) {
    return reservation.map(r -> r.settingAt(at, zone)).orElse(own);
  }
}
