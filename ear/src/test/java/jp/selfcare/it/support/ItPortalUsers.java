package jp.selfcare.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.portal.PortalRole;
import jp.selfcare.identity.portal.PortalUser;
import jp.selfcare.identity.portal.SecondStep;
import jp.selfcare.organisation.Customer;
import jp.selfcare.organisation.CustomerNumber;

/** Test-only: creates portal users directly, until registration exists as a service. */
@Stateless
public class ItPortalUsers {

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  @Inject private Clock clock;

  /** A user of the sample customer without a password (as if registered by an operator). */
  public long createWithRole(String login, PortalRole role) {
    PortalUser user =
        new PortalUser(
            sampleCustomer().id(),
            login,
            "管理 花子",
            "0312345679",
            role,
            SecondStep.MAIL_OTP,
            Locale.JAPANESE,
            ZoneId.of("Asia/Tokyo"),
            clock.instant());
    em.persist(user);
    em.flush();
    return user.id();
  }

  public long idOf(String login) {
    return em.createQuery("select u.id from PortalUser u where u.loginId = :l", Long.class)
        .setParameter("l", PortalUser.normalise(login))
        .getSingleResult();
  }

  private Customer sampleCustomer() {
    return em.createQuery("select c from Customer c where c.number = :n", Customer.class)
        .setParameter("n", new CustomerNumber("N100000001"))
        .getSingleResult();
  }

  public String create(String login, String password, String totpSecret) {
    Customer customer =
        em.createQuery("select c from Customer c where c.number = :n", Customer.class)
            .setParameter("n", new CustomerNumber("N100000001"))
            .getSingleResult();
    PortalUser user =
        new PortalUser(
            customer.id(),
            login,
            "試験 太郎",
            "0312345678",
            PortalRole.GENERAL,
            SecondStep.MAIL_OTP,
            Locale.JAPANESE,
            ZoneId.of("Asia/Tokyo"),
            clock.instant());
    user.changePassword(PasswordHasher.DEFAULT.hash(password));
    if (totpSecret != null && !totpSecret.isBlank()) {
      user.enrolTotp(totpSecret);
    }
    em.persist(user);
    return user.loginId();
  }
}
