package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.persistence.SqlValues;

/**
 * ⑦ Webビリング対象回線 of the logged-in member (60-web-billing.md): the telephone numbers whose bills it
 * reads. A line may be added only when its holder (契約名義: the contractor name of the customer that
 * holds it) is the member's registered holder ({@link HolderNames}); at most {@value #MAX} lines. A
 * billing group's representative number stands for the whole group's bills.
 */
@Stateless
@PermitAll
public class TargetLines {

  /** At most this many target lines per member. */
  public static final int MAX = 200;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Members members;

  /**
   * A registered line.
   *
   * @param group the billing group's name when the number is its representative number, else null
   */
  public record Line(String number, String group, Instant addedAt) implements Serializable {}

  /** The member's target lines, by number. */
  public List<Line> lines() {
    BillingMember m = members.me();
    List<?> rows =
        em.createNativeQuery(
                "SELECT l.number, g.name, l.added_at FROM billing_member_line l"
                    + " LEFT JOIN billing_group g ON g.representative_number = l.number"
                    + " AND g.customer_id = ?2 WHERE l.member_id = ?1 ORDER BY l.number")
            .setParameter(1, m.id())
            .setParameter(2, m.customerId())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Line((String) r[0], (String) r[1], SqlValues.instant(r[2])))
        .toList();
  }

  /**
   * 追加: whether the number may join the pending list (the same checks run again at 登録).
   *
   * @return the problem, empty when it may be added
   */
  public Optional<MemberProblem> check(String number, Collection<String> pending) {
    BillingMember m = members.me();
    Set<String> held = held(m.id());
    String typed = number == null ? "" : number.strip();
    if (typed.isEmpty()) {
      return Optional.of(MemberProblem.LINE_MISSING);
    }
    if (held.contains(typed) || pending.contains(typed)) {
      return Optional.of(MemberProblem.LINE_ALREADY_REGISTERED);
    }
    Optional<MemberProblem> holder = holderProblem(m, typed);
    if (holder.isPresent()) {
      return holder;
    }
    return held.size() + pending.size() + 1 > MAX
        ? Optional.of(MemberProblem.TOO_MANY_LINES)
        : Optional.empty();
  }

  /**
   * 登録 / 更新: adds and removes lines in one change.
   *
   * @throws LinesRefused every number refused with its reason, or {@link
   *     MemberProblem#TOO_MANY_LINES}; nothing stored
   */
  public void change(Collection<String> add, Collection<String> remove) {
    BillingMember m = members.me();
    Set<String> held = held(m.id());
    Set<String> removing = new HashSet<>(remove);
    removing.retainAll(held);
    Map<String, MemberProblem> refused = new LinkedHashMap<>();
    Set<String> adding = new LinkedHashSet<>();
    for (String raw : add) {
      String number = raw == null ? "" : raw.strip();
      if (removing.remove(number)) {
        continue; // removed and added again: it simply stays
      }
      if (held.contains(number) || !adding.add(number)) {
        refused.put(number, MemberProblem.LINE_ALREADY_REGISTERED);
        continue;
      }
      holderProblem(m, number).ifPresent(p -> refused.put(number, p));
    }
    Set<MemberProblem> overall = EnumSet.noneOf(MemberProblem.class);
    if (held.size() - removing.size() + adding.size() > MAX) {
      overall.add(MemberProblem.TOO_MANY_LINES);
    }
    if (adding.isEmpty() && removing.isEmpty() && refused.isEmpty()) {
      overall.add(MemberProblem.NOTHING_CHOSEN);
    }
    if (!refused.isEmpty() || !overall.isEmpty()) {
      throw new LinesRefused(overall, refused);
    }
    Instant now = clock.instant();
    for (String number : removing) {
      em.createNativeQuery("DELETE FROM billing_member_line WHERE member_id = ?1 AND number = ?2")
          .setParameter(1, m.id())
          .setParameter(2, number)
          .executeUpdate();
    }
    for (String number : adding) {
      em.createNativeQuery(
              "INSERT INTO billing_member_line (member_id, number, added_at, customer_id)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, m.id())
          .setParameter(2, number)
          .setParameter(3, now)
          .setParameter(4, lookup(m, number).customerId())
          .executeUpdate();
    }
    members.audit(
        m, AuditEvent.USER_EDITED, "target lines: added " + adding + ", removed " + removing);
  }

  /** A number looked up: the customer holding it in the member's holder name, or the problem. */
  private record Lookup(Long customerId, MemberProblem problem) {}

  /** Whether the number can be the member's line: not unknown, not held in another name. */
  private Optional<MemberProblem> holderProblem(BillingMember m, String number) {
    return Optional.ofNullable(lookup(m, number).problem());
  }

  private Lookup lookup(BillingMember m, String number) {
    List<?> holders =
        em.createNativeQuery(
                "SELECT c.id, c.contractor_name FROM ip_number n JOIN customer c"
                    + " ON c.id = n.customer_id WHERE n.number = ?1 UNION SELECT c.id,"
                    + " c.contractor_name FROM billing_group g JOIN customer c"
                    + " ON c.id = g.customer_id WHERE g.representative_number = ?1")
            .setParameter(1, number)
            .getResultList();
    if (holders.isEmpty()) {
      return new Lookup(null, MemberProblem.LINE_UNKNOWN);
    }
    return holders.stream()
        .map(r -> (Object[]) r)
        .filter(r -> HolderNames.same((String) r[1], m.holderName()))
        .findFirst()
        .map(r -> new Lookup(((Number) r[0]).longValue(), null))
        .orElse(new Lookup(null, MemberProblem.LINE_HOLDER_DIFFERS));
  }

  private Set<String> held(long memberId) {
    return new HashSet<>(
        em
            .createNativeQuery("SELECT number FROM billing_member_line WHERE member_id = ?1")
            .setParameter(1, memberId)
            .getResultList()
            .stream()
            .map(String.class::cast)
            .toList());
  }
}
