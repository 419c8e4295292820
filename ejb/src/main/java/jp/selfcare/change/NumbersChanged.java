package jp.selfcare.change;

import java.util.List;

/**
 * Committed changes of many numbers at once (a chunk of a bulk job): the routing cache reloads them
 * in one read instead of one per number. Fired inside the transaction that changed them; observers
 * use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record NumbersChanged(List<Long> ipNumberIds, String feature) {

  public NumbersChanged {
    ipNumberIds = List.copyOf(ipNumberIds);
  }
}
