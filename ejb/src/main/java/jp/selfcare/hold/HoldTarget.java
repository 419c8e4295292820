package jp.selfcare.hold;

import java.util.Set;

/**
 * What an operation touches: its site, the bulk forwarding group if any, and the numbers (database
 * ids) it reads or changes.
 */
public record HoldTarget(long siteId, Long groupId, Set<Long> numbers) {

  public HoldTarget {
    numbers = Set.copyOf(numbers);
  }

  /** One number of a site (forwarding conditions). */
  public static HoldTarget number(long siteId, long ipNumberId) {
    return new HoldTarget(siteId, null, Set.of(ipNumberId));
  }
}
