package jp.selfcare.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppliedChangesTest {

  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

  private final AppliedChanges applied = new AppliedChanges(100, PATIENCE);

  @Test
  void everythingUpToTheStartingFloorCountsAsApplied() {
    assertThat(applied.isApplied(100)).isTrue();
    assertThat(applied.isApplied(101)).isFalse();
    assertThat(applied.highest()).isEqualTo(100);
    assertThat(applied.missing()).isZero();
  }

  @Test
  void changesAppliedInOrderMoveTheFloorAndTheVersion() {
    applied.applied(101, T0);
    applied.applied(102, T0);

    assertThat(applied.floor()).isEqualTo(102);
    assertThat(applied.highest()).isEqualTo(102);
    assertThat(applied.missing()).isZero();
  }

  @Test
  void aChangeCommittedOutOfOrderIsWaitedForAndAppliedWhenItComes() {
    applied.applied(102, T0);

    assertThat(applied.highest()).as("the version").isEqualTo(102);
    assertThat(applied.missing()).as("101 is still committing").isEqualTo(1);
    assertThat(applied.floor()).as("the log is read from here again").isEqualTo(100);
    assertThat(applied.isApplied(101)).isFalse();

    applied.applied(101, T0.plusSeconds(3));

    assertThat(applied.missing()).isZero();
    assertThat(applied.floor()).isEqualTo(102);
  }

  @Test
  void aGapIsGivenUpOnlyAfterThePatienceForEveryMissingIdAtOnce() {
    applied.applied(105, T0);
    assertThat(applied.missing()).isEqualTo(4);

    applied.advance(T0.plus(PATIENCE).minusSeconds(1));
    assertThat(applied.floor()).as("still waiting").isEqualTo(100);

    applied.advance(T0.plus(PATIENCE));
    assertThat(applied.floor()).as("101-104 rolled back: given up together").isEqualTo(105);
    assertThat(applied.missing()).isZero();
    assertThat(applied.isApplied(103)).isTrue();
  }

  @Test
  void aLaterGapWaitsItsOwnPatience() {
    applied.applied(102, T0);
    applied.applied(104, T0.plus(PATIENCE));

    applied.advance(T0.plus(PATIENCE));

    assertThat(applied.floor()).as("101 given up, 103 noticed just now").isEqualTo(102);
    assertThat(applied.missing()).isEqualTo(1);
  }

  @Test
  void applyingTwiceChangesNothing() {
    applied.applied(101, T0);
    applied.applied(101, T0);
    applied.applied(50, T0);

    assertThat(applied.floor()).isEqualTo(101);
    assertThat(applied.missing()).isZero();
  }
}
