package jp.selfcare.bulk;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.persistence.NumberRows;

/** The queries over group members that the services and the jobs share. */
public final class BulkMembers {

  private BulkMembers() {}

  /** A member as the activation job reads it: its number and its own リスト5, if any. */
  public record Member(long ipNumberId, String number, String list5) {}

  /**
   * Of every number (ids null) or of the given ones, those whose group's 一括転送 is on (the routing
   * cache's snapshots).
   */
  public static Set<Long> active(EntityManager em, List<Long> ids) {
    Set<Long> active = new HashSet<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT m.ip_number_id, m.group_id FROM bulk_forwarding_member m WHERE m.bulk_active",
            "m.ip_number_id",
            ids)) {
      active.add(NumberRows.id(r[0]));
    }
    return active;
  }

  /** The group a number belongs to: its state and how many members it has. */
  public record Membership(long groupId, String groupName, GroupState state, long members) {}

  /** The groups the given numbers belong to, by number id; numbers in no group are absent. */
  public static Map<Long, Membership> of(EntityManager em, List<Long> ids) {
    Map<Long, Membership> memberships = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT m.ip_number_id, g.id, g.name, g.state,"
                + " (SELECT COUNT(*) FROM bulk_forwarding_member c WHERE c.group_id = g.id)"
                + " FROM bulk_forwarding_member m JOIN bulk_forwarding_group g ON g.id = m.group_id",
            "m.ip_number_id",
            ids)) {
      memberships.put(
          NumberRows.id(r[0]),
          new Membership(
              NumberRows.id(r[1]),
              (String) r[2],
              GroupState.valueOf((String) r[3]),
              NumberRows.id(r[4])));
    }
    return memberships;
  }

  /**
   * The numbers leave their groups (their bulk forwarding contract ends, or the numbers do); the
   * caller has checked that no group is left empty or changed while it forwards.
   */
  public static void leave(EntityManager em, Collection<Long> ipNumberIds) {
    if (ipNumberIds.isEmpty()) {
      return;
    }
    em.createNativeQuery("DELETE FROM bulk_forwarding_member WHERE ip_number_id IN (?1)")
        .setParameter(1, List.copyOf(ipNumberIds))
        .executeUpdate();
  }

  /**
   * The group's members become exactly these numbers (by id), none of them forwarding in bulk yet:
   * the one place that writes a group's membership (一括転送 on and off is {@link #activate}).
   */
  static void replace(EntityManager em, long groupId, Collection<Long> ipNumberIds) {
    em.createNativeQuery("DELETE FROM bulk_forwarding_member WHERE group_id = ?1")
        .setParameter(1, groupId)
        .executeUpdate();
    for (long member : ipNumberIds) {
      em.createNativeQuery(
              "INSERT INTO bulk_forwarding_member (group_id, ip_number_id, bulk_active)"
                  + " VALUES (?1, ?2, FALSE)")
          .setParameter(1, groupId)
          .setParameter(2, member)
          .executeUpdate();
    }
  }

  /** These members of the group forward in bulk ({@code on}) or by their own settings again. */
  static void activate(EntityManager em, long groupId, Collection<Long> ipNumberIds, boolean on) {
    em.createNativeQuery(
            "UPDATE bulk_forwarding_member SET bulk_active = ?1"
                + " WHERE group_id = ?2 AND ip_number_id IN (?3)")
        .setParameter(1, on)
        .setParameter(2, groupId)
        .setParameter(3, ipNumberIds)
        .executeUpdate();
  }

  /** The members' numbers in order. */
  public static List<String> numbers(EntityManager em, long groupId) {
    @SuppressWarnings("unchecked")
    List<String> numbers =
        em.createNativeQuery(
                "SELECT n.number FROM bulk_forwarding_member m"
                    + " JOIN ip_number n ON n.id = m.ip_number_id WHERE m.group_id = ?1"
                    + " ORDER BY n.number")
            .setParameter(1, groupId)
            .getResultList();
    return numbers;
  }

  public static long count(EntityManager em, long groupId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM bulk_forwarding_member WHERE group_id = ?1")
                .setParameter(1, groupId)
                .getSingleResult())
        .longValue();
  }

  /** The ids of the members (for holds). */
  public static List<Long> ids(EntityManager em, long groupId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery("SELECT ip_number_id FROM bulk_forwarding_member WHERE group_id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** The next members after {@code afterId}, by number id (the job's keyset order). */
  public static List<Member> after(EntityManager em, long groupId, long afterId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.ip_number_id, n.number, f.list5 FROM bulk_forwarding_member m"
                    + " JOIN ip_number n ON n.id = m.ip_number_id"
                    + " LEFT JOIN forwarding_setting f ON f.ip_number_id = m.ip_number_id"
                    + " WHERE m.group_id = ?1 AND m.ip_number_id > ?2 ORDER BY m.ip_number_id")
            .setParameter(1, groupId)
            .setParameter(2, afterId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Member(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] == null || ((String) r[2]).isBlank() ? null : (String) r[2]))
        .toList();
  }

  /**
   * Of the given numbers, those that may join a group of the site, with their ids: numbers of the
   * site with the bulk forwarding contract, without FDIS/NDIS, in no other group than {@code
   * ownGroupId} (-1 for a new group).
   */
  static Map<String, Long> candidateIds(
      EntityManager em, long siteId, long ownGroupId, List<String> numbers) {
    Map<String, Long> found = new HashMap<>();
    for (int from = 0; from < numbers.size(); from += 500) {
      List<String> slice = numbers.subList(from, Math.min(numbers.size(), from + 500));
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT n.number, n.id FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                      + " WHERE c.site_id = ?1 AND n.number IN (?2) AND n.ao_bulk_forwarding"
                      + " AND NOT n.ao_specific_destination AND NOT EXISTS"
                      + " (SELECT 1 FROM bulk_forwarding_member m WHERE m.ip_number_id = n.id"
                      + " AND m.group_id <> ?3)")
              .setParameter(1, siteId)
              .setParameter(2, slice)
              .setParameter(3, ownGroupId)
              .getResultList();
      rows.forEach(r -> found.put((String) r[0], ((Number) r[1]).longValue()));
    }
    return found;
  }

  /**
   * Numbers as the settings history keeps them: all of them while they fit its 8,000 characters,
   * else as many as fit and how many there are.
   */
  public static String summary(Collection<String> numbers) {
    String all = String.join(",", numbers);
    if (all.length() <= 7_000) {
      return all;
    }
    return all.substring(0, all.lastIndexOf(',', 7_000)) + ",… (" + numbers.size() + ")";
  }
}
