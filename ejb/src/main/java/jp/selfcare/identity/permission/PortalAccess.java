package jp.selfcare.identity.permission;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * What the calling portal user may read or edit, resolved from their groups on every call (a change
 * by an administrator applies at the user's next request), and the administrator-only group
 * management.
 */
@Stateless
public class PortalAccess {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private ResolvedAccess resolved;

  /** The caller's effective permissions. */
  public UserPermissions ofCaller() {
    PortalSignIn me = caller.requirePortal();
    return resolved.permissions(
        me.userId(), () -> permissionsOf(me.customerId(), me.userId(), me.administrator()));
  }

  /** The caller's customer's contracts, resolved once per request. */
  private Map<Long, ContractRef> callersContracts() {
    PortalSignIn me = caller.requirePortal();
    return resolved.contracts(me.userId(), () -> contracts(me.customerId()));
  }

  private UserPermissions permissionsOf(long customerId, long userId, boolean administrator) {
    List<UserGroup> groups =
        em.createQuery(
                "select g from UserGroup g where g.customerId = :c and :u member of g.members",
                UserGroup.class)
            .setParameter("c", customerId)
            .setParameter("u", userId)
            .getResultList();
    return new UserPermissions(administrator, groups.stream().map(UserGroup::permissions).toList());
  }

  /** Ids of the caller's customer's contracts the caller may at least read. */
  public Set<Long> readableContractIds() {
    UserPermissions permissions = ofCaller();
    return callersContracts().entrySet().stream()
        .filter(e -> permissions.accessTo(e.getValue()).canRead())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /**
   * The voice groups the caller may edit as a whole (参照・編集 on every contract in them): the
   * settings-change list offers these, and the hand-off into the Web Settings Site accepts only
   * these.
   */
  public Set<VoiceGroupId> editableVoiceGroups() {
    PortalSignIn me = caller.requirePortal();
    return editableVoiceGroups(me.customerId(), me.userId(), me.administrator());
  }

  /**
   * Whether a portal user may still edit a voice group as a whole: asked by a settings-site session
   * that came through the hand-off when the user's groups or permissions changed since.
   */
  public boolean mayStillEdit(long portalUserId, long voiceGroupId) {
    Object[] user =
        em.createQuery(
                "select u.customerId, u.role, g.groupId from PortalUser u, VoiceGroup g"
                    + " where u.id = :u and g.id = :g and g.customer.id = u.customerId",
                Object[].class)
            .setParameter("u", portalUserId)
            .setParameter("g", voiceGroupId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return user != null
        && editableVoiceGroups((Long) user[0], portalUserId, user[1] == PortalRole.ADMINISTRATOR)
            .contains((VoiceGroupId) user[2]);
  }

  private Set<VoiceGroupId> editableVoiceGroups(
      long customerId, long userId, boolean administrator) {
    UserPermissions permissions = permissionsOf(customerId, userId, administrator);
    Map<VoiceGroupId, Boolean> editable = new HashMap<>();
    for (ContractRef contract : contracts(customerId).values()) {
      if (contract.voiceGroup() != null) {
        editable.merge(
            contract.voiceGroup(), permissions.accessTo(contract).canEdit(), Boolean::logicalAnd);
      }
    }
    return editable.entrySet().stream()
        .filter(Map.Entry::getValue)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /**
   * The caller's access to each contract of their customer they may at least read (a portal
   * administrator: every contract, read and edit).
   */
  public Map<Long, Access> readableContracts() {
    UserPermissions permissions = ofCaller();
    Map<Long, Access> readable = new HashMap<>();
    callersContracts()
        .forEach(
            (id, contract) -> {
              Access access = permissions.accessTo(contract);
              if (access.canRead()) {
                readable.put(id, access);
              }
            });
    return readable;
  }

  /**
   * The services of the contracts the caller may read: the services whose tickets, notices and
   * notice mails they may see.
   */
  public Set<ServiceType> readableServices() {
    UserPermissions permissions = ofCaller();
    Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
    for (ContractRef contract : callersContracts().values()) {
      if (permissions.accessTo(contract).canRead()) {
        services.add(contract.service());
      }
    }
    return services;
  }

  /** The caller's access to one contract: none when it is another customer's or unknown. */
  public Access accessTo(long contractId) {
    ContractRef found = callersContracts().get(contractId);
    return found == null ? Access.NONE : ofCaller().accessTo(found);
  }

  /** Whether the caller may read the contract (of their own customer). */
  public boolean canRead(long contractId) {
    return accessTo(contractId).canRead();
  }

  /** Contract id → what permissions are decided on, for a customer's contracts. */
  private Map<Long, ContractRef> contracts(long customerId) {
    Map<Long, ContractRef> refs = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, c.service, g.groupId, c.number from Contract c left join c.site s"
                    + " left join s.plan p left join p.voiceGroup g where c.customer.id = :customer",
                Object[].class)
            .setParameter("customer", customerId)
            .getResultList()) {
      refs.put(
          (Long) row[0],
          new ContractRef((ServiceType) row[1], (VoiceGroupId) row[2], (ContractNumber) row[3]));
    }
    return refs;
  }
}
