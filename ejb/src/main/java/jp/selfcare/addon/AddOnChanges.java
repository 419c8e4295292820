package jp.selfcare.addon;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.selfcare.billing.bills.Periods;
import jp.selfcare.bulk.BulkMembers;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.numbers.IpNumber;

/**
 * The one place that changes the add-on contracts of an existing number, whoever asks (a service
 * order, an immediate application of the portal). Callers check who may ask; this class keeps the
 * rules every change obeys, in the caller's transaction:
 *
 * <ul>
 *   <li>ending bulk forwarding takes the number out of its group, refused while the group forwards
 *       or when it would leave the group empty ({@link GroupTies});
 *   <li>nothing else of the number goes: recorded messages stay until the purge, a nuisance list
 *       and forwarding settings stay for the day the add-on returns; the routing cache simply stops
 *       applying what the number no longer has.
 * </ul>
 *
 * The routing cache reloads the number after commit.
 */
@Stateless
public class AddOnChanges {

  /** The feature name of the change events. */
  public static final String FEATURE = "add-ons";

  @PersistenceContext private EntityManager em;

  @Inject private Event<NumberChanged> changes;

  @Inject private Clock clock;

  /**
   * The number's add-ons become {@code target}.
   *
   * @return the add-ons it had
   * @throws AddOnsRefused when bulk forwarding ends for a number its group cannot let go
   */
  public AddOns change(long ipNumberId, AddOns target) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (number == null) {
      throw new IllegalArgumentException("no number " + ipNumberId);
    }
    AddOns before = number.addOns();
    if (before.bulkForwarding() && !target.bulkForwarding()) {
      List<GroupTies.Problem> ties =
          GroupTies.of(em, Map.of(ipNumberId, number.number().digits())).stream()
              .filter(p -> p.tie() != GroupTies.Tie.IN_HUNT_GROUP)
              .toList();
      if (!ties.isEmpty()) {
        throw new AddOnsRefused(ties);
      }
      BulkMembers.leave(em, List.of(ipNumberId));
    }
    number.changeAddOns(target);
    Periods.addOnsChanged(em, ipNumberId, before, target, Periods.today(clock));
    changes.fire(new NumberChanged(ipNumberId, FEATURE));
    return before;
  }
}
