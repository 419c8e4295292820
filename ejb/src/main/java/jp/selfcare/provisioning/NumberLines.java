package jp.selfcare.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.numbers.AddOns;
import jp.selfcare.provisioning.ServiceOrder.DialIn;
import jp.selfcare.provisioning.ServiceOrder.DialInsOrder;
import jp.selfcare.provisioning.ServiceOrder.EndOfServiceOrder;

/**
 * Adding and ending numbers outside the order feed — a customer's applications — by the same code
 * as the feed's orders, with the same refusals, in the caller's transaction. The routing cache
 * reloads what changed after commit.
 */
@ApplicationScoped
public class NumberLines {

  private static final String FEATURE = "application";

  @Inject private NumberOrders numbers;

  @Inject private EndOfService endOfService;

  @Inject private Event<NumbersChanged> changes;

  /**
   * Adds a dial-in number, with no add-on, under a basic number.
   *
   * @throws OrderRefused e.g. {@link Reason#NUMBER_IN_USE}, {@link Reason#NOT_A_BASIC_NUMBER}
   */
  public void addDialIn(String basicNumber, String dialIn) {
    changed(
        numbers.dialIns(
            new DialInsOrder(
                "application", basicNumber, List.of(new DialIn(dialIn, AddOns.NONE)))));
  }

  /**
   * Ends a number (a basic number with its dial-ins): its settings go, its history stays.
   *
   * @throws OrderRefused e.g. {@link Reason#UNKNOWN_NUMBER}, or a group the number cannot leave
   */
  public void end(String number) {
    changed(endOfService.end(new EndOfServiceOrder("application", number, null)));
  }

  private void changed(List<Long> ids) {
    if (!ids.isEmpty()) {
      changes.fire(new NumbersChanged(ids, FEATURE, NumbersChanged.Part.ALL, false));
    }
  }
}
