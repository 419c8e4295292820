package jp.selfcare.reservation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.ForwardingSetting;

/**
 * A reservation as the settings history kept it before the history was typed: {@code
 * 1=name=setting|2=…#1@540=1,1@1080=2} — patterns with URL-encoded names and §1's compact setting
 * text, then slots as weekday@minute=pattern; "" for no reservation. Only read, for the entries
 * written then ({@link WeeklySchedule#HISTORY} writes the typed record).
 */
final class ScheduleText {

  private ScheduleText() {}

  /** The schedule an entry kept; null for "". */
  static WeeklySchedule decode(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String[] halves = text.split("#", -1);
    Map<Integer, ForwardingPattern> patterns = new HashMap<>();
    for (String entry : halves[0].split("\\|")) {
      String[] parts = entry.split("=", 3);
      patterns.put(
          Integer.valueOf(parts[0]),
          new ForwardingPattern(
              URLDecoder.decode(parts[1], StandardCharsets.UTF_8),
              ForwardingSetting.decode(parts[2])));
    }
    List<Slot> slots = new ArrayList<>();
    for (String entry : halves[1].split(",")) {
      String[] at = entry.split("[@=]");
      int minute = Integer.parseInt(at[1]);
      slots.add(
          new Slot(
              DayOfWeek.of(Integer.parseInt(at[0])),
              LocalTime.of(minute / 60, minute % 60),
              Integer.parseInt(at[2])));
    }
    return new WeeklySchedule(patterns, slots);
  }
}
