package jp.selfcare.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.addon.GroupTies;
import jp.selfcare.billing.bills.Periods;
import jp.selfcare.organisation.Contract;
import jp.selfcare.provisioning.ServiceOrder.EndOfServiceOrder;

/**
 * Ends the service of a number (with its dial-in numbers) or of a whole contract, in the caller's
 * transaction. The numbers go with everything that is theirs — settings, schedules, lists, message
 * box, holds on them, bulk forwarding membership, number-user accounts (the database cascades) —
 * while the settings history keeps its entries (their number reference is cleared). Refused, whole,
 * while a number is tied to a group it cannot leave ({@link GroupTies}).
 */
@ApplicationScoped
class EndOfService {

  @PersistenceContext private EntityManager em;

  @Inject private OrganisationOrders organisation;

  @Inject private Clock clock;

  /**
   * @return the ids of the numbers that ended
   */
  List<Long> end(EndOfServiceOrder order) {
    if (order.number() != null) {
      Map<Long, String> numbers =
          numbers(
              "SELECT n.id, n.number FROM ip_number n WHERE n.number = ?1"
                  + " OR n.basic_number_id IN (SELECT b.id FROM ip_number b WHERE b.number = ?1)",
              order.number());
      if (numbers.isEmpty()) {
        throw new OrderRefused(Reason.UNKNOWN_NUMBER, order.number());
      }
      requireFree(numbers);
      List<Long> ids = List.copyOf(numbers.keySet());
      Periods.numbersEnding(em, ids, Periods.today(clock));
      delete("id IN (?1)", ids);
      return ids;
    }
    Contract contract = organisation.requireContract(order.contractNumber());
    Map<Long, String> numbers =
        numbers("SELECT n.id, n.number FROM ip_number n WHERE n.contract_id = ?1", contract.id());
    requireFree(numbers);
    Periods.numbersEnding(em, List.copyOf(numbers.keySet()), Periods.today(clock));
    delete("contract_id = ?1", contract.id());
    for (String table : new String[] {"settings_account", "mobile_user"}) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE contract_id = ?1")
          .setParameter(1, contract.id())
          .executeUpdate();
    }
    em.remove(contract);
    return List.copyOf(numbers.keySet());
  }

  @SuppressWarnings("unchecked")
  private Map<Long, String> numbers(String sql, Object key) {
    Map<Long, String> numbers = new LinkedHashMap<>();
    for (Object[] row :
        (List<Object[]>) em.createNativeQuery(sql).setParameter(1, key).getResultList()) {
      numbers.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return numbers;
  }

  private void requireFree(Map<Long, String> numbers) {
    List<GroupTies.Problem> ties = GroupTies.of(em, numbers);
    if (!ties.isEmpty()) {
      GroupTies.Problem first = ties.get(0);
      throw new OrderRefused(ServiceOrders.reason(first.tie()), first.concerns());
    }
  }

  /** The numbers the condition selects, dial-in numbers first: they point at their basic number. */
  private void delete(String condition, Object key) {
    em.createNativeQuery(
            "DELETE FROM ip_number WHERE " + condition + " AND basic_number_id IS NOT NULL")
        .setParameter(1, key)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM ip_number WHERE " + condition)
        .setParameter(1, key)
        .executeUpdate();
  }
}
