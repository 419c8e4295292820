package jp.selfcare.bulk;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.ChangeOutcome;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;

/**
 * 一括転送グループ (spec 40-bulk-and-batch.md §1) for voice-group and site administrators: registration and
 * change of its members (all rules checked at once, nothing stored when one breaks) and deletion
 * (only while 停止); {@link BulkGroupSearch} finds the groups and the candidates. Each writes a
 * settings-history entry; the operations hold their site as the conflict matrix of
 * 30-settings-site.md §11 says.
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
      implements ChangeOutcome {}

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
    BulkMembers.replace(em, group.id(), members.values());
    record(
        OperationType.BULK_GROUP_REGISTER,
        site,
        me,
        trimmed,
        null,
        trimmed + ": " + BulkMembers.summary(members.keySet()));
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
    BulkMembers.replace(em, groupId, members.values());
    // the members changed: the version moves on, so a screen opened before sees it
    em.lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    record(
        OperationType.BULK_GROUP_CHANGE,
        site,
        me,
        group.name(),
        BulkMembers.summary(before),
        BulkMembers.summary(BulkMembers.numbers(em, groupId)));
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
    record(OperationType.BULK_GROUP_DELETE, site, me, group.name(), group.name(), null);
    em.remove(group);
    holds.release(hold);
  }

  private BulkForwardingGroup inScope(long groupId, LockModeType lock) {
    return BulkForwardingGroup.inScope(em, scope, FUNCTION, groupId, lock);
  }

  /** The settings-history entry of a group's registration, change or deletion, seen on its site. */
  private void record(
      OperationType type,
      Placement site,
      SettingsSignIn me,
      String groupName,
      String before,
      String after) {
    Operation entry =
        new Operation(type, site.customerId(), groupName, me.loginId(), clock.instant());
    entry.recordChange(before, after);
    entry.onSite(site.siteId());
    em.persist(entry);
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
