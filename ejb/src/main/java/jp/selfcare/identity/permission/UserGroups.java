package jp.selfcare.identity.permission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.permission.UserGroup.Setting;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.ServiceType;

/**
 * ユーザーグループ管理 for portal administrators: the groups of their own customer, creation, the whole edit
 * (name, description, members, permissions) applied at once with 適用する, deletion. Every method
 * checks that the caller is an administrator and that the group, each member and each permission
 * target belong to the caller's customer.
 */
@Stateless
public class UserGroups {

  private static final int NAME_LENGTH = 100;
  private static final int DESCRIPTION_LENGTH = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private ResolvedAccess resolved;

  @EJB private AuditLog audit;

  /** A group in the list. */
  public record GroupSummary(
      long id, String name, String description, boolean allServices, int memberCount)
      implements Serializable {}

  /** Everything an administrator edits about a group; applied as a whole. */
  public record GroupDraft(
      String name,
      String description,
      boolean allServices,
      Set<Long> members,
      Set<Setting> settings)
      implements Serializable {

    public GroupDraft {
      members = Set.copyOf(members);
      settings = Set.copyOf(settings);
    }
  }

  /** A user who may join the customer's groups. */
  public record Member(long id, String loginId, String name) implements Serializable {}

  /** A voice group with its representative contract (the lowest IP Voice N-number in it). */
  public record VoiceGroupChoice(String voiceGroupId, String name, String representativeContract)
      implements Serializable {}

  /** The groups of the caller's customer, by name. */
  public List<GroupSummary> ofMyCustomer() {
    PortalSignIn admin = requireAdministrator();
    return em.createQuery(
            "select g from UserGroup g where g.customerId = :c order by g.name", UserGroup.class)
        .setParameter("c", admin.customerId())
        .getResultStream()
        .map(
            g ->
                new GroupSummary(
                    g.id(), g.name(), g.description(), g.allServices(), g.members().size()))
        .toList();
  }

  /** One group as the edit screens start from. */
  public GroupDraft draft(long groupId) {
    UserGroup group = ownGroup(groupId);
    return new GroupDraft(
        group.name(), group.description(), group.allServices(), group.members(), group.settings());
  }

  /** The users of the caller's customer, who may be members. */
  public List<Member> candidates() {
    PortalSignIn admin = requireAdministrator();
    return em.createQuery(
            "select u.id, u.loginId, u.name from PortalUser u where u.customerId = :c"
                + " order by u.loginId",
            Object[].class)
        .setParameter("c", admin.customerId())
        .getResultStream()
        .map(r -> new Member((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  /** The voice groups of the caller's customer. */
  public List<VoiceGroupChoice> voiceGroups() {
    PortalSignIn admin = requireAdministrator();
    return VoiceGroupChoices.of(em, admin.customerId());
  }

  /** The contract N-numbers of the caller's customer, in order. */
  public List<String> contractNumbers() {
    PortalSignIn admin = requireAdministrator();
    return contractNumbersOf(admin.customerId());
  }

  private List<String> contractNumbersOf(long customerId) {
    return em.createQuery(
            "select c.number.value from Contract c where c.customer.id = :c order by 1",
            String.class)
        .setParameter("c", customerId)
        .getResultList();
  }

  /**
   * ユーザーグループ作成: a general group (permissions set afterwards) or the all-services group.
   *
   * @return the new group's id
   * @throws InvalidGroupException when the name or description cannot be accepted
   */
  public long create(String name, String description, boolean allServices) {
    PortalSignIn admin = requireAdministrator();
    Set<GroupProblem> problems = checkNames(admin.customerId(), null, name, description);
    if (!problems.isEmpty()) {
      throw new InvalidGroupException(problems);
    }
    UserGroup group =
        new UserGroup(admin.customerId(), name.strip(), blankToNull(description), allServices);
    em.persist(group);
    em.flush();
    audit.record(
        PortalLogin.APPLICATION,
        admin.customerId(),
        admin.loginId(),
        AuditEvent.GROUP_CREATED,
        group.name());
    return group.id();
  }

  /**
   * 適用する: replaces the group's name, description, members and permissions in one transaction. The
   * group's kind does not change. All problems are reported together; nothing is stored then.
   */
  public void apply(long groupId, GroupDraft draft) {
    UserGroup group = ownGroup(groupId);
    long customerId = group.customerId();
    Set<GroupProblem> problems = checkNames(customerId, groupId, draft.name(), draft.description());
    Set<Long> users = new HashSet<>(candidates().stream().map(Member::id).toList());
    if (!users.containsAll(draft.members())) {
      problems.add(GroupProblem.UNKNOWN_MEMBER);
    }
    if (!group.allServices() && !knownScopes(customerId, draft.settings())) {
      problems.add(GroupProblem.UNKNOWN_SCOPE);
    }
    if (!problems.isEmpty()) {
      throw new InvalidGroupException(problems);
    }
    Set<Long> concerned = new HashSet<>(group.members());
    concerned.addAll(draft.members());
    group.replace(
        draft.name().strip(),
        blankToNull(draft.description()),
        draft.members(),
        group.allServices() ? Set.of() : draft.settings());
    accessChanged(concerned);
    PortalSignIn admin = caller.requirePortal();
    audit.record(
        PortalLogin.APPLICATION,
        customerId,
        admin.loginId(),
        AuditEvent.GROUP_CHANGED,
        group.name()
            + ": "
            + draft.members().size()
            + " members, "
            + draft.settings().size()
            + " permissions");
  }

  /** ユーザーグループ削除: members keep their accounts and lose what this group granted. */
  public void delete(long groupId) {
    UserGroup group = ownGroup(groupId);
    accessChanged(group.members());
    em.remove(group);
    PortalSignIn admin = caller.requirePortal();
    audit.record(
        PortalLogin.APPLICATION,
        group.customerId(),
        admin.loginId(),
        AuditEvent.GROUP_DELETED,
        group.name());
  }

  /** Adds one member (the group's other settings stay). */
  public void addMember(long groupId, long portalUserId) {
    GroupDraft draft = draft(groupId);
    Set<Long> members = new HashSet<>(draft.members());
    members.add(portalUserId);
    apply(
        groupId,
        new GroupDraft(
            draft.name(), draft.description(), draft.allServices(), members, draft.settings()));
  }

  /** Sets (or replaces) one permission (the group's other settings stay). */
  public void permit(long groupId, ScopeType scope, String value, Access access) {
    GroupDraft draft = draft(groupId);
    Set<Setting> settings =
        draft.settings().stream()
            .filter(s -> !(s.scopeType() == scope && s.scopeValue().equals(value)))
            .collect(Collectors.toCollection(HashSet::new));
    settings.add(new Setting(scope, value, access));
    apply(
        groupId,
        new GroupDraft(
            draft.name(), draft.description(), draft.allServices(), draft.members(), settings));
  }

  /**
   * The users whose rights a group change may have altered: their settings-site sessions opened
   * through the hand-off re-check at their next request that the voice group is still theirs.
   */
  private void accessChanged(Set<Long> users) {
    resolved.forget();
    if (!users.isEmpty()) {
      em.createQuery(
              "update PortalUser u set u.accessVersion = u.accessVersion + 1 where u.id in :ids")
          .setParameter("ids", users)
          .executeUpdate();
    }
  }

  private boolean knownScopes(long customerId, Set<Setting> settings) {
    Set<String> services =
        Arrays.stream(ServiceType.values()).map(Enum::name).collect(Collectors.toSet());
    Set<String> voiceGroups =
        VoiceGroupChoices.of(em, customerId).stream()
            .map(VoiceGroupChoice::voiceGroupId)
            .collect(Collectors.toSet());
    Set<String> contracts = new HashSet<>(contractNumbersOf(customerId));
    for (Setting s : settings) {
      if (s.scopeType() == null || s.access() == null || s.scopeValue() == null) {
        return false;
      }
      Set<String> known =
          switch (s.scopeType()) {
            case SERVICE -> services;
            case VOICE_GROUP -> voiceGroups;
            case CONTRACT -> contracts;
          };
      if (!known.contains(s.scopeValue())) {
        return false;
      }
    }
    return true;
  }

  private Set<GroupProblem> checkNames(
      long customerId, Long groupId, String name, String description) {
    Set<GroupProblem> problems = EnumSet.noneOf(GroupProblem.class);
    if (name == null || name.isBlank()) {
      problems.add(GroupProblem.NAME_REQUIRED);
    } else if (name.strip().length() > NAME_LENGTH) {
      problems.add(GroupProblem.NAME_TOO_LONG);
    } else {
      Long taken =
          em.createQuery(
                  "select count(g) from UserGroup g where g.customerId = :c and g.name = :n"
                      + " and g.id <> :id",
                  Long.class)
              .setParameter("c", customerId)
              .setParameter("n", name.strip())
              .setParameter("id", groupId == null ? -1L : groupId)
              .getSingleResult();
      if (taken > 0) {
        problems.add(GroupProblem.NAME_TAKEN);
      }
    }
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      problems.add(GroupProblem.DESCRIPTION_TOO_LONG);
    }
    return problems;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private UserGroup ownGroup(long groupId) {
    PortalSignIn me = requireAdministrator();
    UserGroup group = em.find(UserGroup.class, groupId);
    if (group == null || group.customerId() != me.customerId()) {
      throw new NotAllowedException("no such group of your customer");
    }
    return group;
  }

  private PortalSignIn requireAdministrator() {
    PortalSignIn me = caller.requirePortal();
    if (!me.administrator()) {
      throw new NotAllowedException("only portal administrators manage user groups");
    }
    return me;
  }
}
