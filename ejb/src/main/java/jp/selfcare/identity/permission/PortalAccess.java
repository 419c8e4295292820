package jp.selfcare.identity.permission;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
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

  /** The caller's effective permissions. */
  public UserPermissions ofCaller() {
    PortalSignIn me = caller.requirePortal();
    List<UserGroup> groups =
        em.createQuery(
                "select g from UserGroup g where g.customerId = :c and :u member of g.members",
                UserGroup.class)
            .setParameter("c", me.customerId())
            .setParameter("u", me.userId())
            .getResultList();
    return new UserPermissions(
        me.administrator(), groups.stream().map(UserGroup::permissions).toList());
  }

  /** Ids of the caller's customer's contracts the caller may at least read. */
  public Set<Long> readableContractIds() {
    PortalSignIn me = caller.requirePortal();
    UserPermissions permissions = ofCaller();
    return contracts(me.customerId(), null).entrySet().stream()
        .filter(e -> permissions.accessTo(e.getValue()).canRead())
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Whether the caller may read the contract (of their own customer). */
  public boolean canRead(long contractId) {
    PortalSignIn me = caller.requirePortal();
    Map<Long, ContractRef> found = contracts(me.customerId(), contractId);
    return !found.isEmpty() && ofCaller().accessTo(found.get(contractId)).canRead();
  }

  /**
   * Contract id → what permissions are decided on, for a customer's contracts (or just one of them
   * when {@code contractId} is given).
   */
  private Map<Long, ContractRef> contracts(long customerId, Long contractId) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select c.id, c.service, g.groupId, c.number from Contract c left join c.site s"
                    + " left join s.plan p left join p.voiceGroup g where c.customer.id = :customer"
                    + (contractId == null ? "" : " and c.id = :contract"),
                Object[].class)
            .setParameter("customer", customerId);
    if (contractId != null) {
      query.setParameter("contract", contractId);
    }
    List<Object[]> rows = query.getResultList();
    Map<Long, ContractRef> refs = new HashMap<>();
    for (Object[] row : rows) {
      refs.put(
          (Long) row[0],
          new ContractRef((ServiceType) row[1], (VoiceGroupId) row[2], (ContractNumber) row[3]));
    }
    return refs;
  }

  /** ユーザーグループ作成 (administrators only): returns the group id. */
  public long createGroup(String name, String description, boolean allServices) {
    PortalSignIn me = requireAdministrator();
    UserGroup group = new UserGroup(me.customerId(), name, description, allServices);
    em.persist(group);
    em.flush();
    return group.id();
  }

  /** Adds a user of the same customer to a group (administrators only). */
  public void addMember(long groupId, long portalUserId) {
    UserGroup group = ownGroup(groupId);
    Long userCustomer =
        em.createQuery("select u.customerId from PortalUser u where u.id = :id", Long.class)
            .setParameter("id", portalUserId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (userCustomer == null || userCustomer != group.customerId()) {
      throw new NotAllowedException("users join groups of their own customer only");
    }
    group.addMember(portalUserId);
  }

  /** Sets one permission of a general group (administrators only). */
  public void permit(long groupId, ScopeType scope, String value, Access access) {
    ownGroup(groupId).permit(scope, value, access);
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
