package jp.selfcare.bulk;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;

/**
 * 一括転送グループ (spec 40-bulk-and-batch.md §1) for voice-group and site administrators: registration
 * with its members (all rules checked at once, nothing stored when one breaks) and deletion (only
 * while 停止). Each writes a settings-history entry; the operations hold their site as the conflict
 * matrix of 30-settings-site.md §11 says.
 */
@Stateless
public class BulkForwardingGroups {

  private static final SettingsFunction FUNCTION = SettingsFunction.BULK_FORWARDING;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Holds holds;

  @EJB private SettingsScope scope;

  /** Why registration is refused. */
  public enum Problem {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    /** Another group of the site has the name. */
    NAME_TAKEN,
    NO_MEMBERS,
    /** More than {@link BulkForwardingGroup#MEMBERS_MAX}. */
    TOO_MANY_MEMBERS,
    /**
     * Not a candidate: unknown, another site, no bulk forwarding contract, an FDIS/NDIS number, or
     * in another group.
     */
    NOT_CANDIDATE,
    /** A number twice. */
    DUPLICATE,
    /** Someone changed the group after it was opened. */
    CHANGED_SINCE
  }

  /** The outcome: the problems with the numbers concerned, or the new group. */
  public record Outcome(List<Problem> problems, List<String> numbers, Long groupId)
      implements Serializable {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /** A group as its detail page shows it. */
  public record Detail(
      long groupId,
      String siteId,
      String name,
      GroupState state,
      List<String> numbers,
      long version)
      implements Serializable {}

  /** A group in the management list. */
  public record Row(long groupId, String siteId, String name, GroupState state, long members)
      implements Serializable {}

  /** The most groups one search lists. */
  public static final int MAX_ROWS = 200;

  /** The most candidates one search lists (a group's limit). */
  public static final int MAX_CANDIDATES = BulkForwardingGroup.MEMBERS_MAX;

  /**
   * グループ管理: the groups of sites in scope, by site and name; blank conditions mean any, the name
   * matching in part.
   */
  public List<Row> search(String siteCode, String name, GroupState state) {
    SettingsSignIn me = scope.require(FUNCTION);
    StringBuilder sql =
        new StringBuilder(
            "SELECT g.id, s.site_code, g.name, g.state, (SELECT COUNT(*) FROM"
                + " bulk_forwarding_member m WHERE m.group_id = g.id) FROM bulk_forwarding_group g"
                + " JOIN site s ON s.id = g.site_id JOIN service_plan p ON p.id = s.plan_id"
                + " JOIN voice_group v ON v.id = p.voice_group_id WHERE v.customer_id = ?1");
    sql.append(
        switch (me.role()) {
          case VOICE_GROUP_ADMIN -> " AND v.id = ?2";
          case SITE_ADMIN -> " AND s.id = ?2";
          default -> " AND 1 = 0";
        });
    boolean bySite = siteCode != null && !siteCode.isBlank();
    boolean byName = name != null && !name.isBlank();
    if (bySite) {
      sql.append(" AND s.site_code = ?3");
    }
    if (byName) {
      sql.append(" AND g.name LIKE ?4");
    }
    if (state != null) {
      sql.append(" AND g.state = ?5");
    }
    sql.append(" ORDER BY s.site_code, g.name");
    jakarta.persistence.Query q =
        em.createNativeQuery(sql.toString())
            .setParameter(1, me.customerId())
            .setParameter(2, Objects.requireNonNullElse(NumberConditions.scopeId(me), -1L));
    if (bySite) {
      q.setParameter(3, siteCode.strip());
    }
    if (byName) {
      q.setParameter(4, "%" + name.strip() + "%");
    }
    if (state != null) {
      q.setParameter(5, state.name());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(MAX_ROWS).getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    GroupState.valueOf((String) r[3]),
                    ((Number) r[4]).longValue()))
        .toList();
  }

  /**
   * 候補: the numbers of the site that may join a group (bulk forwarding contract, no FDIS/NDIS, in
   * no group), narrowed by 音声N番 and part of the number, in number order, at most {@link
   * #MAX_CANDIDATES}.
   */
  public List<String> candidates(String siteCode, String contractNumber, String numberPart) {
    long siteId = siteInScope(siteCode);
    SettingsSignIn me = scope.require(FUNCTION);
    NumberConditions conditions = new NumberConditions(siteCode, contractNumber, numberPart);
    @SuppressWarnings("unchecked")
    List<Number> taken =
        em.createNativeQuery(
                "SELECT m.ip_number_id FROM bulk_forwarding_member m"
                    + " JOIN bulk_forwarding_group g ON g.id = m.group_id WHERE g.site_id = ?1")
            .setParameter(1, siteId)
            .getResultList();
    var query =
        conditions
            .bind(
                em.createQuery(
                    "select n.number.digits from IpNumber n join n.contract c join c.site s"
                        + " join s.plan p where s.id = :siteId"
                        + conditions.jpql(me)
                        + " and n.addOns.bulkForwarding = true"
                        + " and n.addOns.specificDestination = false"
                        + (taken.isEmpty() ? "" : " and n.id not in :taken")
                        + " order by n.number.digits",
                    String.class),
                me)
            .setParameter("siteId", siteId);
    if (!taken.isEmpty()) {
      query.setParameter("taken", taken.stream().map(Number::longValue).toList());
    }
    return query.setMaxResults(MAX_CANDIDATES).getResultList();
  }

  /** The id of a site in scope by its site ID; {@link UnknownSiteException} otherwise. */
  /**
   * The site ID a site administrator works on (グループ登録 starts with it filled in); empty for a
   * voice-group administrator, who chooses among the group's sites.
   */
  public Optional<String> ownSiteCode() {
    SettingsSignIn me = scope.require(FUNCTION);
    if (me.siteId() == null) {
      return Optional.empty();
    }
    return em.createQuery("select s.siteId.value from Site s where s.id = :id", String.class)
        .setParameter("id", me.siteId())
        .getResultStream()
        .findFirst();
  }

  public long siteInScope(String siteCode) {
    List<Long> ids =
        em.createQuery("select s.id from Site s where s.siteId.value = :code", Long.class)
            .setParameter("code", siteCode == null ? "" : siteCode.strip())
            .getResultList();
    if (ids.isEmpty()) {
      throw new UnknownSiteException(siteCode);
    }
    try {
      scope.requireSite(FUNCTION, ids.get(0));
    } catch (jp.selfcare.identity.NotAllowedException e) {
      throw new UnknownSiteException(siteCode);
    }
    return ids.get(0);
  }

  /** Registers a group of the site with its members. */
  public Outcome register(long siteId, String name, List<String> numbers) {
    Placement site = scope.requireSite(FUNCTION, siteId);
    SettingsSignIn me = scope.require(FUNCTION);
    List<Problem> problems = new ArrayList<>();
    List<String> concerned = new ArrayList<>();
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      problems.add(Problem.NAME_REQUIRED);
    } else if (trimmed.length() > BulkForwardingGroup.NAME_MAX) {
      problems.add(Problem.NAME_TOO_LONG);
    } else if (nameTaken(siteId, trimmed)) {
      problems.add(Problem.NAME_TAKEN);
    }
    Map<String, Long> members = candidates(siteId, -1, numbers, problems, concerned);
    if (!problems.isEmpty()) {
      return new Outcome(List.copyOf(problems), List.copyOf(concerned), null);
    }
    long hold =
        holds.acquire(
            OperationKind.GROUP_REGISTER,
            new HoldTarget(siteId, null, Set.copyOf(members.values())),
            site.customerId(),
            me.loginId(),
            Duration.ofMinutes(1));
    BulkForwardingGroup group = new BulkForwardingGroup(siteId, trimmed);
    em.persist(group);
    em.flush();
    for (long member : members.values()) {
      em.createNativeQuery(
              "INSERT INTO bulk_forwarding_member (group_id, ip_number_id, bulk_active)"
                  + " VALUES (?1, ?2, FALSE)")
          .setParameter(1, group.id())
          .setParameter(2, member)
          .executeUpdate();
    }
    Operation entry =
        new Operation(
            OperationType.BULK_GROUP_REGISTER,
            site.customerId(),
            trimmed,
            me.loginId(),
            clock.instant());
    entry.recordChange(null, trimmed + ": " + BulkMembers.summary(members.keySet()));
    entry.onSite(group.siteId());
    em.persist(entry);
    holds.release(hold);
    return new Outcome(List.of(), List.of(), group.id());
  }

  /**
   * 変更: the group's members become the given numbers (same rules as registration; the group's own
   * members stay candidates). Refused unless 停止, and when the group changed since {@code version}
   * was read.
   */
  public Outcome change(long groupId, long version, List<String> numbers) {
    BulkForwardingGroup group = inScope(groupId, LockModeType.PESSIMISTIC_WRITE);
    if (!group.state().editable()) {
      throw new GroupStateException(GroupStateException.Reason.IN_TRANSITION, group.state());
    }
    if (group.version() != version) {
      return new Outcome(List.of(Problem.CHANGED_SINCE), List.of(), null);
    }
    SettingsSignIn me = scope.require(FUNCTION);
    Placement site = scope.requireSite(FUNCTION, group.siteId());
    List<Problem> problems = new ArrayList<>();
    List<String> concerned = new ArrayList<>();
    Map<String, Long> members = candidates(group.siteId(), groupId, numbers, problems, concerned);
    if (!problems.isEmpty()) {
      return new Outcome(List.copyOf(problems), List.copyOf(concerned), null);
    }
    Set<Long> held = new HashSet<>(BulkMembers.ids(em, groupId));
    held.addAll(members.values());
    long hold =
        holds.acquire(
            OperationKind.GROUP_CHANGE,
            new HoldTarget(group.siteId(), groupId, held),
            site.customerId(),
            me.loginId(),
            Duration.ofMinutes(1));
    List<String> before = BulkMembers.numbers(em, groupId);
    em.createNativeQuery("DELETE FROM bulk_forwarding_member WHERE group_id = ?1")
        .setParameter(1, groupId)
        .executeUpdate();
    for (long member : members.values()) {
      em.createNativeQuery(
              "INSERT INTO bulk_forwarding_member (group_id, ip_number_id, bulk_active)"
                  + " VALUES (?1, ?2, FALSE)")
          .setParameter(1, groupId)
          .setParameter(2, member)
          .executeUpdate();
    }
    // the members changed: the version moves on, so a screen opened before sees it
    em.lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    Operation entry =
        new Operation(
            OperationType.BULK_GROUP_CHANGE,
            site.customerId(),
            group.name(),
            me.loginId(),
            clock.instant());
    entry.recordChange(
        BulkMembers.summary(before), BulkMembers.summary(BulkMembers.numbers(em, groupId)));
    entry.onSite(group.siteId());
    em.persist(entry);
    holds.release(hold);
    return new Outcome(List.of(), List.of(), groupId);
  }

  /** Deletes a group in scope; refused unless it is 停止. */
  public void delete(long groupId) {
    BulkForwardingGroup group = inScope(groupId, LockModeType.PESSIMISTIC_WRITE);
    if (!group.state().editable()) {
      throw new GroupStateException(GroupStateException.Reason.IN_TRANSITION, group.state());
    }
    SettingsSignIn me = scope.require(FUNCTION);
    Placement site = scope.requireSite(FUNCTION, group.siteId());
    long hold =
        holds.acquire(
            OperationKind.GROUP_DELETE,
            new HoldTarget(group.siteId(), groupId, Set.of()),
            site.customerId(),
            me.loginId(),
            Duration.ofMinutes(1));
    Operation entry =
        new Operation(
            OperationType.BULK_GROUP_DELETE,
            site.customerId(),
            group.name(),
            me.loginId(),
            clock.instant());
    entry.recordChange(group.name(), null);
    entry.onSite(group.siteId());
    em.persist(entry);
    em.remove(group);
    holds.release(hold);
  }

  /** A group in scope with its members' numbers in order. */
  public Detail detail(long groupId) {
    BulkForwardingGroup group = inScope(groupId, LockModeType.NONE);
    String siteCode =
        (String)
            em.createNativeQuery("SELECT site_code FROM site WHERE id = ?1")
                .setParameter(1, group.siteId())
                .getSingleResult();
    return new Detail(
        group.id(),
        siteCode,
        group.name(),
        group.state(),
        BulkMembers.numbers(em, groupId),
        group.version());
  }

  /** The group, when it exists and its site is in the caller's scope; else it looks missing. */
  BulkForwardingGroup inScope(long groupId, LockModeType lock) {
    BulkForwardingGroup group = em.find(BulkForwardingGroup.class, groupId, lock);
    if (group == null) {
      throw new UnknownGroupException(groupId);
    }
    scope.requireSite(FUNCTION, group.siteId());
    return group;
  }

  private boolean nameTaken(long siteId, String name) {
    return !em.createQuery(
            "select g.id from BulkForwardingGroup g where g.siteId = :site and g.name = :name",
            Long.class)
        .setParameter("site", siteId)
        .setParameter("name", name)
        .getResultList()
        .isEmpty();
  }

  /**
   * The numbers by digits with their ids, when each is a candidate: a number of the site with the
   * bulk forwarding contract, without FDIS/NDIS, in no group. Problems are added to the list.
   */
  private Map<String, Long> candidates(
      long siteId,
      long ownGroupId,
      List<String> numbers,
      List<Problem> problems,
      List<String> concerned) {
    Map<String, Long> members = new LinkedHashMap<>();
    List<String> given = numbers == null ? List.of() : numbers;
    if (given.isEmpty()) {
      problems.add(Problem.NO_MEMBERS);
      return members;
    }
    if (given.size() > BulkForwardingGroup.MEMBERS_MAX) {
      problems.add(Problem.TOO_MANY_MEMBERS);
      return members;
    }
    Set<String> seen = new HashSet<>();
    Map<String, Long> found = BulkMembers.candidateIds(em, siteId, ownGroupId, given);
    for (String number : given) {
      if (!seen.add(number)) {
        addOnce(problems, Problem.DUPLICATE);
        concerned.add(number);
      } else if (!found.containsKey(number)) {
        addOnce(problems, Problem.NOT_CANDIDATE);
        concerned.add(number);
      } else {
        members.put(number, found.get(number));
      }
    }
    return members;
  }

  private static void addOnce(List<Problem> problems, Problem problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }
}
