package jp.selfcare.reservation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.ForwardingForm;

/**
 * A reservation as typed: the patterns by number (1–5) and the slots.
 *
 * @param patterns each defined pattern's name and forwarding form
 * @param slots each slot's weekday, start time as typed (HH:MM) and pattern number
 */
public record ScheduleForm(Map<Integer, PatternForm> patterns, List<SlotForm> slots)
    implements Serializable {

  /** A pattern as typed. */
  public record PatternForm(String name, ForwardingForm forwarding) implements Serializable {}

  /** A slot as typed. */
  public record SlotForm(DayOfWeek day, String start, int pattern) implements Serializable {}

  public ScheduleForm {
    patterns = Map.copyOf(patterns);
    slots = List.copyOf(slots);
  }
}
