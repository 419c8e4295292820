package jp.selfcare.events;

import java.util.List;

/**
 * Committed changes of many numbers at once (a chunk of a bulk job): the routing cache reloads them
 * in one read instead of one per number. Fired inside the transaction that changed them; observers
 * use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param part what changed: {@link Part#FORWARDING} when only the numbers' own forwarding settings
 *     or their bulk forwarding membership did (the bulk jobs), so a reader reloads only that
 * @param background whether observers may reload after the firing thread went on: a bulk upload's
 *     next chunk need not wait for the routing cache (it shows the chunk milliseconds later), a
 *     bulk activation's state change must (開始 only when every member forwards)
 */
public record NumbersChanged(
    List<Long> ipNumberIds, String feature, Part part, boolean background) {

  /** Which part of the numbers changed. */
  public enum Part {
    /** Anything: reload the numbers as a whole. */
    ALL,
    /** Only the own forwarding setting and the active bulk forwarding membership. */
    FORWARDING
  }

  public NumbersChanged {
    ipNumberIds = List.copyOf(ipNumberIds);
  }
}
