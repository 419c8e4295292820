package jp.selfcare.huntgroup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.ChangeOutcome;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.persistence.Pages;

/**
 * 代表 (spec 30-settings-site.md §5) for voice-group and site administrators: the hunt groups whose
 * parent is in scope, one group's settings, the candidates for membership (basic numbers of the
 * parent's site by prefix, not in any group, Members Net numbers only under a Members Net parent),
 * and 設定 — call method, number presentation and the ordered members at once, refused as a whole
 * when a rule breaks (at least one member; every member a candidate; the group unchanged since it
 * was opened). Each change writes a settings-history entry and publishes a {@link NumberChanged}
 * for the parent and every number that joined or left.
 */
@Stateless
public class HuntGroups {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 100;

  /** At most this many candidates are listed for one key. */
  public static final int MAX_CANDIDATES = 200;

  private static final SettingsFunction FUNCTION = SettingsFunction.HUNT_GROUP_OUTGOING_RESTRICTION;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @Inject private Event<NumberChanged> changes;

  /** A search result. */
  public record Row(
      long groupId,
      String siteId,
      String parentNumber,
      CallMethod callMethod,
      NumberPresentation presentation,
      int members)
      implements Serializable {}

  /** The edit screen: the group as it is, with the version 設定 must find unchanged. */
  public record View(
      long groupId,
      String parentNumber,
      boolean membersNet,
      CallMethod callMethod,
      NumberPresentation presentation,
      List<String> members,
      long version)
      implements Serializable {}

  /** Why 設定 is refused. */
  public enum Problem {
    /** Removing the last member: dissolving a group is an application. */
    NO_MEMBERS,
    /** A member is not a candidate (another site, not basic, in another group, Members Net). */
    NOT_CANDIDATE,
    /** A number twice. */
    DUPLICATE,
    /** Someone changed the group after it was opened. */
    CHANGED_SINCE
  }

  /** The outcome of 設定: the problems with the numbers concerned, or the history entry. */
  public record Outcome(List<Problem> problems, List<String> numbers, Long operationId)
      implements ChangeOutcome {}

  /** The groups whose parent is in scope and matches the conditions, a page at a time. */
  public List<Row> page(NumberConditions conditions, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    SettingsSignIn me = scope.require(FUNCTION);
    return conditions
        .bind(
            em.createQuery(
                "select new jp.selfcare.huntgroup.HuntGroups$Row(g.id, s.siteId.value,"
                    + " n.number.digits, g.callMethod, g.presentation, size(g.members))"
                    + FROM
                    + conditions.jpql(me)
                    + " order by n.number.digits",
                Row.class),
            me)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(NumberConditions conditions) {
    SettingsSignIn me = scope.require(FUNCTION);
    return conditions
        .bind(em.createQuery("select count(g)" + FROM + conditions.jpql(me), Long.class), me)
        .getSingleResult();
  }

  private static final String FROM =
      " from HuntGroup g join g.parent n join n.contract c join c.site s join s.plan p"
          + " where 1 = 1";

  /** The edit screen of a group whose parent is in scope. */
  public View open(long groupId) {
    HuntGroup group = inScope(groupId);
    return view(group);
  }

  /**
   * 候補: the basic numbers of the parent's site starting with the key that may join (not in any
   * group, not the parent; Members Net only under a Members Net parent). Empty when the key breaks
   * the rule of {@link CandidateSearchKey}.
   */
  public Optional<List<String>> candidates(long groupId, String key) {
    HuntGroup group = inScope(groupId);
    Optional<String> prefix = CandidateSearchKey.prefix(key);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        em.createQuery(
                "select n.number.digits"
                    + CANDIDATES
                    + " and n.number.digits like :prefix"
                    + " order by n.number.digits",
                String.class)
            .setParameter("site", siteOf(group.parent()))
            .setParameter("membersNet", group.parent().addOns().has(AddOn.MEMBERS_NET))
            .setParameter("basic", NumberType.BASIC)
            .setParameter("prefix", prefix.get() + "%")
            .setMaxResults(MAX_CANDIDATES)
            .getResultList());
  }

  private static final String CANDIDATES =
      " from IpNumber n where n.contract.site.id = :site and n.type = :basic"
          + " and (:membersNet = false or n.addOns.membersNet = true)"
          + " and not exists (select g from HuntGroup g where g.parent = n)"
          + " and not exists (select g from HuntGroup g join g.members m where m = n)";

  /** 設定: call method, presentation and the ordered members (by number) at once. */
  public Outcome change(
      long groupId,
      long openedVersion,
      CallMethod callMethod,
      NumberPresentation presentation,
      List<String> memberNumbers) {
    Placement placement = scope.requireNumber(FUNCTION, parentIdOf(groupId));
    SettingsSignIn me = scope.require(FUNCTION);
    HuntGroup group = em.find(HuntGroup.class, groupId);
    if (group.version() != openedVersion) {
      return refused(Problem.CHANGED_SINCE, List.of());
    }
    if (memberNumbers.isEmpty()) {
      return refused(Problem.NO_MEMBERS, List.of());
    }
    Set<String> seen = new HashSet<>();
    List<String> duplicates = memberNumbers.stream().filter(n -> !seen.add(n)).distinct().toList();
    if (!duplicates.isEmpty()) {
      return refused(Problem.DUPLICATE, duplicates);
    }
    List<IpNumber> members = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Set<Long> current = new HashSet<>(group.members().stream().map(IpNumber::id).toList());
    for (String digits : memberNumbers) {
      Optional<IpNumber> member = eligible(group, digits, current);
      member.ifPresentOrElse(members::add, () -> refused.add(digits));
    }
    if (!refused.isEmpty()) {
      return refused(Problem.NOT_CANDIDATE, refused);
    }
    HuntGroupSetting old = HuntGroupSetting.of(group);
    Set<Long> touched = new LinkedHashSet<>();
    touched.add(group.parent().id());
    Set<Long> after = new HashSet<>(members.stream().map(IpNumber::id).toList());
    current.stream().filter(id -> !after.contains(id)).forEach(touched::add);
    after.stream().filter(id -> !current.contains(id)).forEach(touched::add);
    group.change(callMethod, presentation, members);
    em.flush();
    group.addMembers(members);
    Operation entry =
        Operation.completedChange(
            OperationType.HUNT_GROUP,
            placement.customerId(),
            group.parent().number().digits(),
            me.loginId(),
            clock.instant(),
            group.parent().id(),
            HuntGroupSetting.HISTORY.write(old),
            HuntGroupSetting.HISTORY.write(HuntGroupSetting.of(group)));
    em.persist(entry);
    touched.forEach(id -> changes.fire(new NumberChanged(id, OperationType.HUNT_GROUP.name())));
    return new Outcome(List.of(), List.of(), entry.id());
  }

  private Optional<IpNumber> eligible(HuntGroup group, String digits, Set<Long> current) {
    List<IpNumber> found =
        em.createQuery(
                "select n from IpNumber n where n.number.digits = :d and n.contract.site.id = :site"
                    + " and n.type = :basic",
                IpNumber.class)
            .setParameter("d", digits)
            .setParameter("site", siteOf(group.parent()))
            .setParameter("basic", NumberType.BASIC)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IpNumber number = found.get(0);
    if (current.contains(number.id())) {
      return Optional.of(number);
    }
    boolean free =
        em.createQuery("select count(n)" + CANDIDATES + " and n = :n", Long.class)
                .setParameter("site", siteOf(group.parent()))
                .setParameter("membersNet", group.parent().addOns().has(AddOn.MEMBERS_NET))
                .setParameter("basic", NumberType.BASIC)
                .setParameter("n", number)
                .getSingleResult()
            == 1;
    return free ? Optional.of(number) : Optional.empty();
  }

  private static Outcome refused(Problem problem, List<String> numbers) {
    return new Outcome(List.of(problem), numbers, null);
  }

  private HuntGroup inScope(long groupId) {
    scope.requireNumber(FUNCTION, parentIdOf(groupId));
    return em.find(HuntGroup.class, groupId);
  }

  private long parentIdOf(long groupId) {
    HuntGroup group = em.find(HuntGroup.class, groupId);
    if (group == null) {
      throw new NotAllowedException("no hunt group " + groupId);
    }
    return group.parent().id();
  }

  private long siteOf(IpNumber number) {
    return number.contract().site().orElseThrow().id();
  }

  private View view(HuntGroup group) {
    return new View(
        group.id(),
        group.parent().number().digits(),
        group.parent().addOns().has(AddOn.MEMBERS_NET),
        group.callMethod(),
        group.presentation(),
        group.members().stream().map(m -> m.number().digits()).toList(),
        group.version());
  }
}
