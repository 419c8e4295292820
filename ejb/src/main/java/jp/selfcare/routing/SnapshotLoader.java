package jp.selfcare.routing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.persistence.AnyOf;
import jp.selfcare.reservation.ForwardingPattern;
import jp.selfcare.reservation.Slot;
import jp.selfcare.reservation.WeeklySchedule;
import org.hibernate.Session;

/**
 * Reads what the routing cache holds with one query per table — for every number at start-up and
 * for a full reload, or for a few numbers after a change — never a query per number. Runs outside
 * the decision path. Reads in a transaction of its own: it is called after other transactions
 * completed, in their thread.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SnapshotLoader {

  @PersistenceContext private EntityManager em;

  /** What a load produced: the numbers' snapshots and the hunt groups touching them. */
  public record Loaded(Map<String, NumberSnapshot> numbers, Map<Long, HuntSnapshot> groups) {}

  /** Every number and hunt group. */
  public Loaded all() {
    return load(null);
  }

  /**
   * The given numbers (by id), the dial-in numbers of the basic numbers among them (a dial-in
   * number calls out under its basic number's 発信規制, so its snapshot changes with the basic
   * number's), and the hunt groups they are part of.
   */
  public Loaded numbers(Collection<Long> ids) {
    List<Long> withDialIns = new ArrayList<>(ids);
    for (Object[] r : rows("SELECT n.id FROM ip_number n", "n.basic_number_id", List.copyOf(ids))) {
      withDialIns.add(id(r[0]));
    }
    return load(withDialIns);
  }

  /** A number's part that the bulk jobs change: its own setting and its bulk destination. */
  public record Forwarding(String digits, ForwardingSetting own, String bulkDestination) {}

  /** The given numbers' forwarding part (by id) in one query; deleted numbers are absent. */
  public Map<Long, Forwarding> forwarding(Collection<Long> ids) {
    Map<Long, Forwarding> found = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT n.id, n.number, m.ip_number_id, f.ip_number_id, "
                + SETTING_COLUMNS
                + " FROM ip_number n"
                + " LEFT JOIN forwarding_setting f ON f.ip_number_id = n.id"
                + " LEFT JOIN bulk_forwarding_member m ON m.ip_number_id = n.id AND m.bulk_active",
            "n.id",
            List.copyOf(ids))) {
      ForwardingSetting own = r[3] == null ? ForwardingSetting.NONE : setting(r, 4);
      found.put(
          id(r[0]),
          new Forwarding((String) r[1], own, NumberSnapshot.bulkDestination(r[2] != null, own)));
    }
    return found;
  }

  private Loaded load(List<Long> ids) {
    Map<Long, Object[]> rows = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT n.id, n.number, n.number_type, n.basic_number_id, n.ao_nuisance_blocking,"
                + " n.ao_anonymous_rejection, n.ao_specific_presentation, n.presented_number,"
                + " n.ao_message_box, cu.time_zone FROM ip_number n"
                + " JOIN contract c ON c.id = n.contract_id JOIN customer cu ON cu.id = c.customer_id",
            "n.id",
            ids)) {
      rows.put(id(r[0]), r);
    }
    Map<Long, ForwardingSetting> forwarding = forwarding(ids);
    Map<Long, WeeklySchedule> reservations = reservations(ids);
    Map<Long, Map<CallFeature, Boolean>> switches = switches(ids, rows);
    Map<Long, Set<String>> blocked = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT e.ip_number_id, e.blocked_number FROM nuisance_entry e",
            "e.ip_number_id",
            ids)) {
      blocked.computeIfAbsent(id(r[0]), k -> new HashSet<>()).add((String) r[1]);
    }
    Set<Long> bulk = new HashSet<>();
    for (Object[] r :
        rows(
            "SELECT m.ip_number_id, m.group_id FROM bulk_forwarding_member m WHERE m.bulk_active",
            "m.ip_number_id",
            ids)) {
      bulk.add(id(r[0]));
    }
    Map<Long, HuntSnapshot> groups = new HashMap<>();
    Map<Long, Long> groupOf = new HashMap<>();
    huntGroups(ids, groups, groupOf);

    Map<String, NumberSnapshot> numbers = new HashMap<>();
    for (Object[] r : rows.values()) {
      long id = id(r[0]);
      Long basic = r[3] == null ? id : id(r[3]);
      Map<CallFeature, Boolean> on = switches.getOrDefault(id, Map.of());
      ForwardingSetting own = forwarding.getOrDefault(id, ForwardingSetting.NONE);
      boolean specific =
          bool(r[6]) && on.getOrDefault(CallFeature.SPECIFIC_NUMBER_PRESENTATION, true);
      numbers.put(
          (String) r[1],
          new NumberSnapshot(
              id,
              (String) r[1],
              ZoneId.of((String) r[9]),
              bool(r[4]) ? blocked.getOrDefault(id, Set.of()) : Set.of(),
              bool(r[5]) && on.getOrDefault(CallFeature.ANONYMOUS_REJECTION, true),
              NumberSnapshot.bulkDestination(bulk.contains(id), own),
              own,
              reservations.get(id),
              on.getOrDefault(CallFeature.INTERNATIONAL_SUSPENSION, false),
              switches
                  .getOrDefault(basic, Map.of())
                  .getOrDefault(CallFeature.OUTGOING_RESTRICTION, false),
              on.getOrDefault(CallFeature.CALLER_ID_PRESENTATION, true),
              specific ? (String) r[7] : null,
              groupOf.get(id),
              bool(r[8])));
    }
    return new Loaded(numbers, groups);
  }

  private static final String SETTING_COLUMNS =
      "f.forward, f.unconditional, f.busy, f.no_answer, f.unreachable, f.ring_seconds,"
          + " f.list1, f.list2, f.list3, f.list4, f.list5, f.target";

  private Map<Long, ForwardingSetting> forwarding(List<Long> ids) {
    Map<Long, ForwardingSetting> settings = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT f.ip_number_id, " + SETTING_COLUMNS + " FROM forwarding_setting f",
            "f.ip_number_id",
            ids)) {
      settings.put(id(r[0]), setting(r, 1));
    }
    return settings;
  }

  /** A setting from {@link #SETTING_COLUMNS}, starting at column {@code at}. */
  private static ForwardingSetting setting(Object[] r, int at) {
    return new ForwardingSetting(
        bool(r[at]),
        bool(r[at + 1]),
        bool(r[at + 2]),
        bool(r[at + 3]),
        bool(r[at + 4]),
        r[at + 5] == null ? null : ((Number) r[at + 5]).intValue(),
        List.of(
            (String) r[at + 6],
            (String) r[at + 7],
            (String) r[at + 8],
            (String) r[at + 9],
            (String) r[at + 10]),
        r[at + 11] == null ? null : ForwardingTarget.valueOf((String) r[at + 11]));
  }

  private Map<Long, WeeklySchedule> reservations(List<Long> ids) {
    Map<Long, Map<Integer, ForwardingPattern>> patterns = new HashMap<>();
    for (Object[] r :
        rows(
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
        rows(
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

  /** Every number's switches, plus those of the basic numbers of the numbers asked for. */
  private Map<Long, Map<CallFeature, Boolean>> switches(
      List<Long> ids, Map<Long, Object[]> numbers) {
    List<Long> wanted = null;
    if (ids != null) {
      Set<Long> all = new HashSet<>(ids);
      numbers.values().stream().filter(r -> r[3] != null).forEach(r -> all.add(id(r[3])));
      wanted = List.copyOf(all);
    }
    Map<Long, Map<CallFeature, Boolean>> switches = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT s.ip_number_id, s.feature, s.enabled FROM number_feature s",
            "s.ip_number_id",
            wanted)) {
      switches
          .computeIfAbsent(id(r[0]), k -> new EnumMap<>(CallFeature.class))
          .put(CallFeature.valueOf((String) r[1]), bool(r[2]));
    }
    return switches;
  }

  private void huntGroups(List<Long> ids, Map<Long, HuntSnapshot> groups, Map<Long, Long> groupOf) {
    String touching =
        ids == null
            ? ""
            : " WHERE g.id IN (SELECT g2.id FROM hunt_group g2 WHERE g2.parent_number_id IN (:ids))"
                + " OR g.id IN (SELECT m2.hunt_group_id FROM hunt_group_member m2"
                + " WHERE m2.number_id IN (:ids))";
    Map<Long, Object[]> heads = new HashMap<>();
    Query q =
        em.createNativeQuery(
            "SELECT g.id, p.number, g.call_method, g.number_presentation, p.id FROM hunt_group g"
                + " JOIN ip_number p ON p.id = g.parent_number_id"
                + touching);
    if (ids != null) {
      q.setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids);
    }
    for (Object r : q.getResultList()) {
      Object[] row = (Object[]) r;
      heads.put(id(row[0]), row);
    }
    if (heads.isEmpty()) {
      return;
    }
    Map<Long, List<Object[]>> members = new HashMap<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT m.hunt_group_id, n.number, m.position, n.id FROM hunt_group_member m"
                    + " JOIN ip_number n ON n.id = m.number_id WHERE m.hunt_group_id IN (:groups)"
                    + " ORDER BY m.hunt_group_id, m.position")
            .setParameter("groups", List.copyOf(heads.keySet()))
            .getResultList()) {
      Object[] row = (Object[]) r;
      members.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add(row);
    }
    heads.forEach(
        (id, head) -> {
          List<Object[]> rows = members.getOrDefault(id, List.of());
          groups.put(
              id,
              new HuntSnapshot(
                  id,
                  (String) head[1],
                  rows.stream().map(m -> (String) m[1]).toList(),
                  CallMethod.valueOf((String) head[2]),
                  NumberPresentation.valueOf((String) head[3])));
          groupOf.put(id(head[4]), id);
          rows.forEach(m -> groupOf.put(id(m[3]), id));
        });
  }

  /** A native query's rows, for every number or only for {@code ids} (column {@code idColumn}). */
  private List<Object[]> rows(String sql, String idColumn, List<Long> ids) {
    String where = sql.contains(" WHERE ") ? " AND " : " WHERE ";
    String text = ids == null ? sql : sql + where + idColumn + " = ANY (?)";
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<Object[]> rows = new ArrayList<>();
              try (PreparedStatement select = connection.prepareStatement(text)) {
                if (ids != null) {
                  AnyOf.ids(select, 1, ids);
                }
                try (ResultSet rs = select.executeQuery()) {
                  int columns = rs.getMetaData().getColumnCount();
                  while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                      row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                  }
                }
              }
              return rows;
            });
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
