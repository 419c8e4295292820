package jp.selfcare.reservation;

import static jp.selfcare.persistence.NumberRows.id;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.persistence.NumberRows;

/**
 * Many numbers' reservations read in two statements (patterns, then slots) whatever their count,
 * for the routing cache's snapshots: the same rows {@link Reservation} maps.
 */
public final class ReservationRows {

  private ReservationRows() {}

  /** The schedules of every number (ids null) or of the given ones, by number id. */
  public static Map<Long, WeeklySchedule> byNumber(EntityManager em, List<Long> ids) {
    Map<Long, Map<Integer, ForwardingPattern>> patterns = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT p.ip_number_id, p.pattern_no, p.name, p.setting FROM reservation_pattern p",
            "p.ip_number_id",
            ids)) {
      patterns
          .computeIfAbsent(id(r[0]), k -> new HashMap<>())
          .put(
              ((Number) r[1]).intValue(),
              new ForwardingPattern((String) r[2], ForwardingSetting.decode((String) r[3])));
    }
    Map<Long, List<Slot>> slots = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT s.ip_number_id, s.day_of_week, s.start_minute, s.pattern_no"
                + " FROM reservation_slot s",
            "s.ip_number_id",
            ids)) {
      int minute = ((Number) r[2]).intValue();
      slots
          .computeIfAbsent(id(r[0]), k -> new ArrayList<>())
          .add(
              new Slot(
                  DayOfWeek.of(((Number) r[1]).intValue()),
                  LocalTime.of(minute / 60, minute % 60),
                  ((Number) r[3]).intValue()));
    }
    Map<Long, WeeklySchedule> schedules = new HashMap<>();
    slots.forEach(
        (id, s) -> schedules.put(id, new WeeklySchedule(patterns.getOrDefault(id, Map.of()), s)));
    return schedules;
  }
}
