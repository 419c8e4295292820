package jp.selfcare.addon;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.bulk.BulkMembers;
import jp.selfcare.bulk.GroupState;
import jp.selfcare.huntgroup.HuntGroupRows;

/**
 * What ties numbers to their groups, checked before they leave them (their bulk forwarding contract
 * ends, or the numbers themselves do): a number may leave a stopped bulk forwarding group that
 * keeps at least one member; leaving a group that forwards (開始 or on its way) would change the
 * forwarding of numbers nobody asked about, an empty group cannot exist, and a hunt group's order
 * and members are the customer's settings, changed on the settings site.
 */
public final class GroupTies {

  private GroupTies() {}

  /** Why numbers cannot leave their groups. */
  public enum Tie {
    /** The number is a hunt group's parent or member. */
    IN_HUNT_GROUP,
    /** The number's bulk forwarding group is 開始, 開始設定中 or 停止設定中. */
    BULK_GROUP_ACTIVE,
    /** The group would be left without members. */
    LAST_BULK_MEMBERS
  }

  /** A tie and the number (or the group's name) it concerns. */
  public record Problem(Tie tie, String concerns) {}

  /**
   * The ties that keep the numbers (ids with their numbers) from leaving their groups all at once;
   * empty when they may.
   */
  public static List<Problem> of(EntityManager em, Map<Long, String> numbers) {
    List<Long> ids = List.copyOf(numbers.keySet());
    List<Problem> problems = new ArrayList<>();
    Set<Long> hunted = new HashSet<>();
    for (HuntGroupRows.Group group : HuntGroupRows.touching(em, ids)) {
      hunted.add(group.parentId());
      hunted.addAll(group.memberIds());
    }
    ids.stream()
        .filter(hunted::contains)
        .map(id -> new Problem(Tie.IN_HUNT_GROUP, numbers.get(id)))
        .forEach(problems::add);
    Map<Long, BulkMembers.Membership> memberships = BulkMembers.of(em, ids);
    Map<Long, Long> leaving = new HashMap<>();
    Map<Long, BulkMembers.Membership> groups = new HashMap<>();
    memberships.forEach(
        (id, m) -> {
          if (m.state() != GroupState.STOPPED) {
            problems.add(new Problem(Tie.BULK_GROUP_ACTIVE, numbers.get(id)));
          }
          leaving.merge(m.groupId(), 1L, Long::sum);
          groups.put(m.groupId(), m);
        });
    leaving.forEach(
        (group, count) -> {
          if (count >= groups.get(group).members()) {
            problems.add(new Problem(Tie.LAST_BULK_MEMBERS, groups.get(group).groupName()));
          }
        });
    problems.sort(Comparator.comparing(Problem::tie).thenComparing(Problem::concerns));
    return problems;
  }
}
