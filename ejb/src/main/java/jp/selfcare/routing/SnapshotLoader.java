package jp.selfcare.routing;

import static jp.selfcare.persistence.NumberRows.bool;
import static jp.selfcare.persistence.NumberRows.id;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.bulk.BulkMembers;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.FeatureSwitch;
import jp.selfcare.callfeature.FeatureSwitch.Switches;
import jp.selfcare.forwarding.ForwardingRows;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.huntgroup.HuntGroupRows;
import jp.selfcare.huntgroup.HuntGroupSetting;
import jp.selfcare.nuisance.NuisanceEntry;
import jp.selfcare.persistence.NumberRows;
import jp.selfcare.reservation.ReservationRows;
import jp.selfcare.reservation.WeeklySchedule;

/**
 * Reads what the routing cache holds with one query per table, each asked of the feature that owns
 * the table (its {@code byNumber}/{@code touching} projection) — for every number at start-up and
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
    // a set: some dial-ins may be among the ids already
    Set<Long> withDialIns = new LinkedHashSet<>(ids);
    for (Object[] r : rows("SELECT n.id FROM ip_number n", "n.basic_number_id", List.copyOf(ids))) {
      withDialIns.add(id(r[0]));
    }
    return load(List.copyOf(withDialIns));
  }

  /** A number's part that the bulk jobs change: its own setting and its bulk destination. */
  public record Forwarding(String digits, ForwardingSetting own, String bulkDestination) {}

  /** The given numbers' forwarding part (by id) in one query; deleted numbers are absent. */
  public Map<Long, Forwarding> forwarding(Collection<Long> ids) {
    Map<Long, Forwarding> found = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT n.id, n.number, m.ip_number_id, "
                + ForwardingRows.columns("f.")
                + " FROM ip_number n"
                + " LEFT JOIN forwarding_setting f ON f.ip_number_id = n.id"
                + " LEFT JOIN bulk_forwarding_member m ON m.ip_number_id = n.id AND m.bulk_active",
            "n.id",
            List.copyOf(ids))) {
      ForwardingSetting own = ForwardingRows.setting(r, 3);
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
    Map<Long, ForwardingSetting> forwarding = ForwardingRows.byNumber(em, ids);
    Map<Long, WeeklySchedule> reservations = ReservationRows.byNumber(em, ids);
    Map<Long, Switches> switches = FeatureSwitch.byNumber(em, withBasicNumbers(ids, rows));
    Map<Long, Set<String>> blocked = NuisanceEntry.byNumber(em, ids);
    Set<Long> bulk = BulkMembers.active(em, ids);
    Map<Long, HuntSnapshot> groups = new HashMap<>();
    Map<Long, Long> groupOf = new HashMap<>();
    for (HuntGroupRows.Group g : HuntGroupRows.touching(em, ids)) {
      HuntGroupSetting setting = g.setting();
      groups.put(
          g.id(),
          new HuntSnapshot(
              g.id(),
              g.parentNumber(),
              setting.members(),
              setting.callMethod(),
              setting.presentation()));
      groupOf.put(g.parentId(), g.id());
      g.memberIds().forEach(m -> groupOf.put(m, g.id()));
    }

    Map<String, NumberSnapshot> numbers = new HashMap<>();
    for (Object[] r : rows.values()) {
      long id = id(r[0]);
      Long basic = r[3] == null ? id : id(r[3]);
      Switches on = switches.getOrDefault(id, Switches.DEFAULTS);
      ForwardingSetting own = forwarding.getOrDefault(id, ForwardingSetting.NONE);
      boolean specific = bool(r[6]) && on.on(CallFeature.SPECIFIC_NUMBER_PRESENTATION);
      numbers.put(
          (String) r[1],
          new NumberSnapshot(
              id,
              (String) r[1],
              ZoneId.of((String) r[9]),
              bool(r[4]) ? blocked.getOrDefault(id, Set.of()) : Set.of(),
              bool(r[5]) && on.on(CallFeature.ANONYMOUS_REJECTION),
              NumberSnapshot.bulkDestination(bulk.contains(id), own),
              own,
              reservations.get(id),
              on.on(CallFeature.INTERNATIONAL_SUSPENSION),
              switches.getOrDefault(basic, Switches.DEFAULTS).on(CallFeature.OUTGOING_RESTRICTION),
              on.on(CallFeature.CALLER_ID_PRESENTATION),
              specific ? (String) r[7] : null,
              groupOf.get(id),
              bool(r[8])));
    }
    return new Loaded(numbers, groups);
  }

  /**
   * Every number (null), or the numbers asked for and their basic numbers: a dial-in number calls
   * out under its basic number's 発信規制.
   */
  private static List<Long> withBasicNumbers(List<Long> ids, Map<Long, Object[]> numbers) {
    if (ids == null) {
      return null;
    }
    Set<Long> all = new HashSet<>(ids);
    numbers.values().stream().filter(r -> r[3] != null).forEach(r -> all.add(id(r[3])));
    return List.copyOf(all);
  }

  /** A native query's rows, for every number or only for {@code ids} (column {@code idColumn}). */
  private List<Object[]> rows(String sql, String idColumn, List<Long> ids) {
    return NumberRows.select(em, sql, idColumn, ids);
  }
}
