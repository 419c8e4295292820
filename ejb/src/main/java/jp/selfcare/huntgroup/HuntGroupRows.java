package jp.selfcare.huntgroup;

import static jp.selfcare.persistence.NumberRows.id;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hunt groups read in two statements (the groups, then their members) whatever their count, for the
 * routing cache's snapshots: the same rows {@link HuntGroup} maps.
 */
public final class HuntGroupRows {

  private HuntGroupRows() {}

  /**
   * A group with its parent number and its members (ids), the member numbers in the group's order
   * in {@link HuntGroupSetting#members()}.
   */
  public record Group(
      long id,
      long parentId,
      String parentNumber,
      HuntGroupSetting setting,
      List<Long> memberIds) {}

  /**
   * Every group (ids null), or the groups the given numbers are the parent or a member of.
   *
   * @param ids number ids
   */
  @SuppressWarnings("unchecked")
  public static List<Group> touching(EntityManager em, List<Long> ids) {
    String touching =
        ids == null
            ? ""
            : " WHERE g.id IN (SELECT g2.id FROM hunt_group g2 WHERE g2.parent_number_id IN (:ids))"
                + " OR g.id IN (SELECT m2.hunt_group_id FROM hunt_group_member m2"
                + " WHERE m2.number_id IN (:ids))";
    Query q =
        em.createNativeQuery(
            "SELECT g.id, p.number, g.call_method, g.number_presentation, p.id FROM hunt_group g"
                + " JOIN ip_number p ON p.id = g.parent_number_id"
                + touching);
    if (ids != null) {
      q.setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids);
    }
    List<Object[]> heads = q.getResultList();
    if (heads.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Object[]>> members = new HashMap<>();
    List<Object[]> memberRows =
        em.createNativeQuery(
                "SELECT m.hunt_group_id, n.number, m.position, n.id FROM hunt_group_member m"
                    + " JOIN ip_number n ON n.id = m.number_id WHERE m.hunt_group_id IN (:groups)"
                    + " ORDER BY m.hunt_group_id, m.position")
            .setParameter("groups", heads.stream().map(h -> id(h[0])).toList())
            .getResultList();
    for (Object[] row : memberRows) {
      members.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add(row);
    }
    List<Group> groups = new ArrayList<>();
    for (Object[] head : heads) {
      List<Object[]> rows = members.getOrDefault(id(head[0]), List.of());
      groups.add(
          new Group(
              id(head[0]),
              id(head[4]),
              (String) head[1],
              new HuntGroupSetting(
                  CallMethod.valueOf((String) head[2]),
                  NumberPresentation.valueOf((String) head[3]),
                  rows.stream().map(m -> (String) m[1]).toList()),
              rows.stream().map(m -> id(m[3])).toList()));
    }
    return groups;
  }
}
