package jp.selfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.selfcare.events.NumbersChanged;
import org.junit.jupiter.api.Test;

class NumberCountsTest {

  private static final String QUERY = "select count(*) from IpNumber n where n.customerId = :c";

  private final MovingClock clock = new MovingClock();
  private final NumberCounts counts = new NumberCounts(clock);

  /** What the database would answer now, and how often it was asked. */
  private final AtomicLong stored = new AtomicLong(100);

  private final AtomicLong asked = new AtomicLong();

  private long count(Map<String, Object> parameters) {
    return counts.count(
        QUERY,
        parameters,
        () -> {
          asked.incrementAndGet();
          return stored.get();
        });
  }

  @Test
  void aCountIsShownAgainWithoutCountingWhileItIsFresh() {
    assertThat(count(Map.of("c", 1L))).isEqualTo(100);
    stored.set(150);
    clock.move(NumberCounts.KEPT.minusSeconds(1));

    assertThat(count(Map.of("c", 1L))).isEqualTo(100);
    assertThat(asked).hasValue(1);
  }

  @Test
  void anOldCountIsCountedAgain() {
    count(Map.of("c", 1L));
    stored.set(150);
    clock.move(NumberCounts.KEPT);

    assertThat(count(Map.of("c", 1L))).isEqualTo(150);
    assertThat(asked).hasValue(2);
  }

  @Test
  void anotherScopeOrFilterIsCountedOnItsOwn() {
    count(Map.of("c", 1L));
    stored.set(7);

    assertThat(count(Map.of("c", 2L))).isEqualTo(7);
    assertThat(count(Map.of("c", 1L, "readable", List.of(3L)))).isEqualTo(7);
    assertThat(asked).hasValue(3);
  }

  @Test
  void numbersAddedOrRemovedDropEveryCount() {
    count(Map.of("c", 1L));
    stored.set(101);

    counts.changed(new NumbersChanged(List.of(5L), "provisioning", NumbersChanged.Part.ALL, false));

    assertThat(count(Map.of("c", 1L))).isEqualTo(101);
  }

  @Test
  void forwardingChangesKeepTheCounts() {
    count(Map.of("c", 1L));
    stored.set(101);

    counts.changed(
        new NumbersChanged(List.of(5L), "BULK_FORWARDING", NumbersChanged.Part.FORWARDING, false));

    assertThat(count(Map.of("c", 1L))).isEqualTo(100);
  }

  @Test
  void aCountBegunBeforeAChangeIsNotKept() {
    long shown =
        counts.count(
            QUERY,
            Map.of("c", 1L),
            () -> {
              // the numbers change (and commit) while this count is being read
              counts.changed(
                  new NumbersChanged(List.of(5L), "provisioning", NumbersChanged.Part.ALL, false));
              return 100;
            });
    stored.set(101);

    assertThat(shown).isEqualTo(100);
    assertThat(count(Map.of("c", 1L))).isEqualTo(101);
  }

  /** A clock a test moves on. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T00:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
