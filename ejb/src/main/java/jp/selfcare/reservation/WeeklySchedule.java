package jp.selfcare.reservation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.selfcare.forwarding.ForwardingSetting;

/**
 * A valid reservation: the patterns by number (1–5) and at least one slot, sorted through the week.
 * Built by {@link ScheduleRules#validate} or read back from storage.
 */
public record WeeklySchedule(Map<Integer, ForwardingPattern> patterns, List<Slot> slots)
    implements Serializable {

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
    int minute =
        (local.getDayOfWeek().getValue() - 1) * 24 * 60 + local.getHour() * 60 + local.getMinute();
    Slot inForce = slots.get(slots.size() - 1);
    for (Slot slot : slots) {
      if (slot.minuteOfWeek() > minute) {
        break;
      }
      inForce = slot;
    }
    return inForce;
  }

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
