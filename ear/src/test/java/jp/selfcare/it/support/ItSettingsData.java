package jp.selfcare.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.settings.SettingsAccount;
import jp.selfcare.identity.settings.SettingsAccount.Kind;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.ContractNumber;

/** Test-only data the settings tests need that no service creates, and id lookups. */
@Stateless
public class ItSettingsData {

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  @Inject private Clock clock;

  public String create(String loginId) {
    Object[] contract =
        em.createQuery(
                "select c.id, c.customer.id from Contract c where c.number = :n", Object[].class)
            .setParameter("n", new ContractNumber("N200000007"))
            .getSingleResult();
    em.persist(
        new SettingsAccount(
            (Long) contract[1],
            loginId,
            Kind.BUSINESS_MOBILE,
            new SettingsAccount.Scope(null, null, null, (Long) contract[0]),
            PasswordHasher.DEFAULT.hash(DemoLogins.PASSWORD),
            false,
            clock.instant(),
            "it"));
    return loginId;
  }

  public long accountId(String loginId) {
    return em.createQuery("select a.id from SettingsAccount a where a.loginId = :l", Long.class)
        .setParameter("l", loginId)
        .getSingleResult();
  }

  public long numberId(String digits) {
    return em.createQuery("select n.id from IpNumber n where n.number = :n", Long.class)
        .setParameter("n", new TelephoneNumber(digits))
        .getSingleResult();
  }

  /** Runs the work in this bean's transaction, then fails, so that all of it rolls back. */
  /** The hunt group whose parent has these digits. */
  public long huntGroupId(String parentDigits) {
    return em.createQuery(
            "select g.id from HuntGroup g where g.parent.number.digits = :d", Long.class)
        .setParameter("d", parentDigits)
        .getSingleResult();
  }

  public void runThenRollBack(Runnable work) {
    work.run();
    throw new IllegalStateException("rolled back on purpose by the test");
  }
}
