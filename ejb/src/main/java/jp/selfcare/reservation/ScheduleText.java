package jp.selfcare.reservation;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.ForwardingSetting;

/**
 * A reservation as the settings history keeps it (old and new value): {@code
 * 1=name=setting|2=…#1@540=1,1@1080=2} — patterns with URL-encoded names and §1's setting text,
 * then slots as weekday@minute=pattern; "" for no reservation.
 */
public final class ScheduleText {

  private ScheduleText() {}

  public static String encode(WeeklySchedule schedule) {
    if (schedule == null) {
      return "";
    }
    List<String> patterns = new ArrayList<>();
    schedule.patterns().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                patterns.add(
                    e.getKey()
                        + "="
                        + URLEncoder.encode(e.getValue().name(), StandardCharsets.UTF_8)
                        + "="
                        + e.getValue().setting().encode()));
    List<String> slots = new ArrayList<>();
    schedule
        .slots()
        .forEach(
            s ->
                slots.add(
                    s.day().getValue()
                        + "@"
                        + (s.start().getHour() * 60 + s.start().getMinute())
                        + "="
                        + s.pattern()));
    return String.join("|", patterns) + "#" + String.join(",", slots);
  }

  /** Reads {@link #encode}'s text; null for "". */
  public static WeeklySchedule decode(String text) {
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
