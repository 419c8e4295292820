package jp.selfcare.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import jp.selfcare.events.NumbersChanged;

/**
 * The number directory's counts, kept a short while per query: every page of the directory (and
 * every paging within it) shows how many numbers match, and counting a customer's 100,000 numbers
 * on each of them costs the database more than the page itself. A count is dropped when numbers are
 * added or removed on this server (after that commits), and after {@link #KEPT} in any case: a
 * change that moves numbers between sites or voice groups, or one made on another server, shows
 * within that time.
 */
@ApplicationScoped
public class NumberCounts {

  /** How long a count is shown without counting again. */
  static final Duration KEPT = Duration.ofSeconds(30);

  /** More distinct queries than this (users' ad-hoc filters) start the store afresh. */
  private static final int MAX_KEPT = 10_000;

  private Clock clock;

  private final Map<Key, Kept> counts = new ConcurrentHashMap<>();

  /** Moves on with every change of the numbers: a count begun before it is not kept. */
  private final AtomicLong generation = new AtomicLong();

  protected NumberCounts() {}

  @Inject
  NumberCounts(Clock clock) {
    this.clock = clock;
  }

  /** The query's count: the kept one while it is fresh, else counted now (and kept). */
  long count(String query, Map<String, Object> parameters, LongSupplier counting) {
    Key key = new Key(query, Map.copyOf(parameters));
    Instant now = clock.instant();
    Kept kept = counts.get(key);
    if (kept != null && now.isBefore(kept.until)) {
      return kept.count;
    }
    long before = generation.get();
    long count = counting.getAsLong();
    if (generation.get() == before) {
      if (counts.size() >= MAX_KEPT) {
        counts.clear();
      }
      counts.put(key, new Kept(count, now.plus(KEPT)));
    }
    return count;
  }

  /** Numbers were added, removed or moved: every count may be wrong. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumbersChanged change) {
    if (change.part() == NumbersChanged.Part.ALL) {
      generation.incrementAndGet();
      counts.clear();
    }
  }

  private record Key(String query, Map<String, Object> parameters) {}

  private record Kept(long count, Instant until) {}
}
