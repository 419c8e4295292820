package jp.selfcare.identity.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;

/**
 * ユーザー管理 for portal administrators: the users of their own customer, one user's details, edit and
 * delete. Every method checks that the caller is an administrator and that the user belongs to the
 * caller's customer. A customer always keeps at least one administrator, and nobody deletes
 * themselves.
 */
@Stateless
public class PortalUsers {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private AuditLog audit;

  /** A user as the user list shows it. */
  public record UserSummary(
      long id,
      String loginId,
      String name,
      PortalRole role,
      SecondStep secondStep,
      boolean registered)
      implements Serializable {}

  /** The users of the calling administrator's customer, by login ID. */
  public List<UserSummary> ofMyCustomer() {
    PortalSignIn admin = requireAdministrator();
    return em.createQuery(
            "select u from PortalUser u where u.customerId = :c order by u.loginId",
            PortalUser.class)
        .setParameter("c", admin.customerId())
        .getResultStream()
        .map(
            u ->
                new UserSummary(
                    u.id(), u.loginId(), u.name(), u.role(), u.secondStep(), u.hasPassword()))
        .toList();
  }

  /** One user's fields, as the edit form starts from. */
  public NewPortalUser detail(long userId) {
    PortalUser user = ownUser(requireAdministrator(), userId);
    return new NewPortalUser(
        user.name(),
        user.loginId(),
        user.phone(),
        user.secondStep(),
        user.role(),
        user.mailLanguage(),
        user.timeZone(),
        user.title().orElse(null),
        user.mobile().orElse(null),
        user.comment().orElse(null),
        user.mobileLineMail());
  }

  /**
   * ユーザー編集. The login ID is not changed (the form's mail address is ignored); the second step is
   * switched separately ({@link PortalAccount#switchSecondStepOf}).
   *
   * @throws InvalidRegistrationException listing every field that cannot be accepted
   */
  public void edit(long userId, NewPortalUser form) {
    PortalSignIn admin = requireAdministrator();
    PortalUser user = ownUser(admin, userId);
    NewPortalUser checked =
        new NewPortalUser(
            form.name(),
            user.loginId(),
            form.phone(),
            user.secondStep(),
            form.role(),
            form.mailLanguage(),
            form.timeZone(),
            form.title(),
            form.mobile(),
            form.comment(),
            form.mobileLineMail());
    Set<RegistrationProblem> problems = PortalRegistration.check(checked);
    if (problems.isEmpty()
        && user.role() == PortalRole.ADMINISTRATOR
        && form.role() != PortalRole.ADMINISTRATOR
        && administratorCount(em, admin.customerId()) <= 1) {
      problems.add(RegistrationProblem.LAST_ADMINISTRATOR);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistrationException(problems);
    }
    user.edit(form.name(), form.phone(), form.role(), form.mailLanguage(), form.timeZone());
    user.describe(
        PortalRegistration.blankToNull(form.title()),
        PortalRegistration.blankToNull(form.mobile()),
        PortalRegistration.blankToNull(form.comment()),
        form.mobileLineMail());
    audit.record(
        PortalLogin.APPLICATION,
        admin.customerId(),
        admin.loginId(),
        AuditEvent.USER_EDITED,
        user.loginId());
  }

  /**
   * ユーザー削除: the user, their group memberships and their pending mailed links go. The audit log
   * keeps their events (it stores the login ID, not a reference).
   */
  public void delete(long userId) {
    PortalSignIn admin = requireAdministrator();
    PortalUser user = ownUser(admin, userId);
    if (user.id() == admin.userId()) {
      throw new NotAllowedException("administrators do not delete themselves");
    }
    em.createNativeQuery("delete from user_group_member where portal_user_id = ?")
        .setParameter(1, userId)
        .executeUpdate();
    em.createNativeQuery("delete from portal_link where portal_user_id = ?")
        .setParameter(1, userId)
        .executeUpdate();
    em.remove(user);
    audit.record(
        PortalLogin.APPLICATION,
        admin.customerId(),
        admin.loginId(),
        AuditEvent.USER_DELETED,
        user.loginId());
  }

  /** How many portal administrators the customer has. */
  static long administratorCount(EntityManager em, long customerId) {
    return em.createQuery(
            "select count(u) from PortalUser u where u.customerId = :c and u.role = :r", Long.class)
        .setParameter("c", customerId)
        .setParameter("r", PortalRole.ADMINISTRATOR)
        .getSingleResult();
  }

  private PortalUser ownUser(PortalSignIn admin, long userId) {
    PortalUser user = em.find(PortalUser.class, userId);
    if (user == null || user.customerId() != admin.customerId()) {
      throw new NotAllowedException("no such user of your customer");
    }
    return user;
  }

  private PortalSignIn requireAdministrator() {
    PortalSignIn me = caller.requirePortal();
    if (!me.administrator()) {
      throw new NotAllowedException("only portal administrators manage users");
    }
    return me;
  }
}
