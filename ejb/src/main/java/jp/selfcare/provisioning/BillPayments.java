package jp.selfcare.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.selfcare.provisioning.ServiceOrder.BillPaymentOrder;

/**
 * Applies the feed's payments in the caller's transaction: a final bill (of a closed month) becomes
 * 支払済 on the day given. Reported again, the day is replaced (a correction); a bill not final or not
 * there is refused.
 */
@ApplicationScoped
class BillPayments {

  @PersistenceContext private EntityManager em;

  void paid(BillPaymentOrder order) {
    boolean contract = order.contractNumber() != null;
    int changed =
        em.createNativeQuery(
                "UPDATE bill SET paid_on = ?1 WHERE billing_month = ?2 AND "
                    + (contract ? "contract_number" : "representative_number")
                    + " = ?3 AND "
                    + (contract ? "billing_group_id IS NULL" : "billing_group_id IS NOT NULL")
                    + " AND billing_month IN (SELECT billing_month FROM bill_month"
                    + " WHERE state = 'CLOSED')")
            .setParameter(1, order.paidOn())
            .setParameter(2, order.month().toString())
            .setParameter(3, contract ? order.contractNumber() : order.representativeNumber())
            .executeUpdate();
    if (changed == 0) {
      throw new OrderRefused(
          Reason.UNKNOWN_BILL,
          order.month() + " " + (contract ? order.contractNumber() : order.representativeNumber()));
    }
  }
}
