package jp.selfcare.provisioning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.organisation.Customer;
import jp.selfcare.provisioning.ServiceOrder.BillingMemberOrder;
import jp.selfcare.webbilling.MemberRegistration;

/**
 * Applies the feed's Web Billing member orders in the caller's transaction (docs/web-billing.md): a
 * new login ID creates the member, waiting for its registration (the password and the secret
 * question are the member's to set); the same login ID again changes its name and contact and adds
 * the lines named. The member keeps its target lines itself from then on, so an order never removes
 * one.
 */
@ApplicationScoped
class BillingMemberOrders {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private OrganisationOrders organisation;

  @EJB private MemberRegistration registration;

  void member(BillingMemberOrder order) {
    Customer customer = organisation.requireCustomer(order.customerNumber());
    for (String number : order.lines()) {
      requireLineOf(customer, number);
    }
    List<?> found =
        em.createNativeQuery("SELECT id, customer_id FROM billing_member WHERE login_id = ?1")
            .setParameter(1, order.loginId())
            .getResultList();
    long member;
    if (found.isEmpty()) {
      em.createNativeQuery(
              "INSERT INTO billing_member (customer_id, login_id, name, holder_name,"
                  + " contact_phone, contact_mail, state, registered_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'REGISTERING', ?7)")
          .setParameter(1, customer.id())
          .setParameter(2, order.loginId())
          .setParameter(3, order.name())
          .setParameter(4, customer.contractorName())
          .setParameter(5, order.phone())
          .setParameter(6, order.mail())
          .setParameter(7, clock.instant())
          .executeUpdate();
      member = memberId(order.loginId());
      em.createNativeQuery(
              "INSERT INTO billing_member_history (member_id, kind, credential, changed_at)"
                  + " VALUES (?1, 'LOGIN_ID', ?2, ?3)")
          .setParameter(1, member)
          .setParameter(2, order.loginId())
          .setParameter(3, clock.instant())
          .executeUpdate();
      registration.invite(member);
    } else {
      Object[] row = (Object[]) found.get(0);
      if (((Number) row[1]).longValue() != customer.id()) {
        throw new OrderRefused(Reason.LOGIN_ID_TAKEN, order.loginId());
      }
      member = ((Number) row[0]).longValue();
      em.createNativeQuery(
              "UPDATE billing_member SET name = ?1, contact_phone = ?2, contact_mail = ?3"
                  + " WHERE id = ?4")
          .setParameter(1, order.name())
          .setParameter(2, order.phone())
          .setParameter(3, order.mail())
          .setParameter(4, member)
          .executeUpdate();
    }
    Set<String> held =
        new HashSet<>(
            em
                .createNativeQuery("SELECT number FROM billing_member_line WHERE member_id = ?1")
                .setParameter(1, member)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .toList());
    List<String> added = order.lines().stream().filter(n -> !held.contains(n)).toList();
    if (held.size() + added.size() > OrderFormat.MEMBER_LINES_MAX) {
      throw new OrderRefused(
          Reason.TOO_MANY_LINES, order.loginId() + " (" + (held.size() + added.size()) + ")");
    }
    for (String number : added) {
      em.createNativeQuery(
              "INSERT INTO billing_member_line (member_id, number, added_at, customer_id)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, member)
          .setParameter(2, number)
          .setParameter(3, clock.instant())
          .setParameter(4, customer.id())
          .executeUpdate();
    }
  }

  /**
   * Refuses a line that is not the customer's: one of its numbers, or the representative number of
   * one of its billing groups (which stands for the group's bills).
   */
  private void requireLineOf(Customer customer, String number) {
    List<?> owners =
        em.createNativeQuery(
                "SELECT customer_id FROM ip_number WHERE number = ?1 UNION"
                    + " SELECT customer_id FROM billing_group WHERE representative_number = ?1")
            .setParameter(1, number)
            .getResultList();
    if (owners.isEmpty()) {
      throw new OrderRefused(Reason.UNKNOWN_NUMBER, number);
    }
    if (owners.stream().noneMatch(o -> o != null && ((Number) o).longValue() == customer.id())) {
      throw new OrderRefused(Reason.OTHER_CUSTOMER, number);
    }
  }

  private long memberId(String loginId) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM billing_member WHERE login_id = ?1")
                .setParameter(1, loginId)
                .getSingleResult())
        .longValue();
  }
}
