package jp.selfcare.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which entries of the routing change log ({@link RoutingChanges}) this node's cache has applied:
 * the cache's version. Change ids are given out in insert order but commit in any order, so a gap
 * in the ids applied is either a change still committing (it will appear) or one rolled back (it
 * never will): a gap is waited for — the reconciliation keeps asking the log for everything above
 * the {@linkplain #floor() floor} — and given up only after {@code patience}, longer than any
 * transaction may run. No change that commits is ever skipped, and no decision stays stale longer
 * than the next reconciliation.
 *
 * <p>Not thread-safe: the routing cache calls it under its writers' lock. Time is passed in, so the
 * waiting is tested without waiting.
 */
final class AppliedChanges {

  private final Duration patience;

  /** Every id up to here is applied or given up. */
  private long floor;

  /** Applied ids above the floor. */
  private final TreeSet<Long> above = new TreeSet<>();

  /** Ids below the highest applied one that are not applied yet, with when they were noticed. */
  private final Map<Long, Instant> missing = new HashMap<>();

  AppliedChanges(long floor, Duration patience) {
    this.floor = floor;
    this.patience = patience;
  }

  boolean isApplied(long id) {
    return id <= floor || above.contains(id);
  }

  /** Records a change as applied at {@code now}. */
  void applied(long id, Instant now) {
    if (isApplied(id)) {
      return;
    }
    long highest = highest();
    for (long gap = highest + 1; gap < id; gap++) {
      missing.putIfAbsent(gap, now);
    }
    missing.remove(id);
    above.add(id);
    advance(now);
  }

  /** Gives up the gaps that waited longer than the patience and moves the floor up. */
  void advance(Instant now) {
    while (true) {
      long next = floor + 1;
      if (above.remove(next)) {
        floor = next;
        continue;
      }
      Instant noticed = missing.get(next);
      if (noticed == null || Duration.between(noticed, now).compareTo(patience) < 0) {
        return;
      }
      missing.remove(next);
      floor = next;
    }
  }

  /** The reconciliation asks the log for every change above this id. */
  long floor() {
    return floor;
  }

  /** The cache's version: the newest change applied. */
  long highest() {
    return above.isEmpty() ? floor : above.last();
  }

  /** Changes below the version not applied yet (committing, or rolled back and not given up). */
  int missing() {
    return missing.size();
  }
}
