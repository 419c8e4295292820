package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A cancelled member's data are kept for the retention period ({@code
 * selfcare.billing.member-retention}, default 7 years: what Japanese tax law asks of billing
 * records), then deleted with everything of the member — by the nightly {@code
 * billing-member-retention} job. The bills themselves are the customer's and stay.
 */
@Stateless
@PermitAll
public class MemberRetention {

  private static final Logger LOG = Logger.getLogger(MemberRetention.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "selfcare.billing.member-retention", defaultValue = "P7Y")
  Period retention;

  /** Deletes the members cancelled before the retention period; how many. */
  public int purge() {
    ZonedDateTime cutoff =
        ZonedDateTime.now(clock.withZone(ZoneId.of("Asia/Tokyo"))).minus(retention);
    List<?> due =
        em.createNativeQuery(
                "SELECT id FROM billing_member WHERE state = 'CANCELLED' AND cancelled_at < ?1")
            .setParameter(1, cutoff.toInstant())
            .getResultList();
    for (Object id : due) {
      for (String table :
          new String[] {
            "billing_bill_notice",
            "billing_member_link",
            "billing_member_history",
            "billing_member_line"
          }) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE member_id = ?1")
            .setParameter(1, id)
            .executeUpdate();
      }
      em.createNativeQuery("DELETE FROM billing_member WHERE id = ?1")
          .setParameter(1, id)
          .executeUpdate();
    }
    LOG.info(
        () ->
            "Web Billing member retention: " + due.size() + " members cancelled before " + cutoff);
    return due.size();
  }
}
