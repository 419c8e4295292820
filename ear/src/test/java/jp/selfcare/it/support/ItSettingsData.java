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
  /**
   * Puts the number in a bulk forwarding group of its site that has started and reached it (the
   * state the batch issue's activation job leaves), as if 開始 had been applied.
   */
  public void bulkActive(String digits) {
    long number = numberId(digits);
    Long site =
        em.createQuery("select n.contract.site.id from IpNumber n where n.id = :n", Long.class)
            .setParameter("n", number)
            .getSingleResult();
    em.createNativeQuery(
            "INSERT INTO bulk_forwarding_group (site_id, name, state, version)"
                + " VALUES (?1, ?2, 'STARTED', 0)")
        .setParameter(1, site)
        .setParameter(2, "it-" + digits)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO bulk_forwarding_member (group_id, ip_number_id, bulk_active)"
                + " SELECT id, ?1, TRUE FROM bulk_forwarding_group WHERE name = ?2")
        .setParameter(1, number)
        .setParameter(2, "it-" + digits)
        .executeUpdate();
  }

  /** Removes the group {@link #bulkActive} made. */
  public void bulkStopped(String digits) {
    em.createNativeQuery("DELETE FROM bulk_forwarding_group WHERE name = ?1")
        .setParameter(1, "it-" + digits)
        .executeUpdate();
  }

  /** Every nuisance rejection counted for the number, all months together. */
  public long rejections(String digits) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(c.rejections), 0) FROM nuisance_rejection_count c"
                        + " WHERE c.ip_number_id = ?1")
                .setParameter(1, numberId(digits))
                .getSingleResult())
        .longValue();
  }

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
