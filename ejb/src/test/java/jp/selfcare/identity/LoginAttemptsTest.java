package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout rules of spec 10-identity.md, driven by instants instead of waiting. */
class LoginAttemptsTest {

  private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

  private static LoginAttempts fail(
      LoginAttempts state, int times, Instant at, LockoutPolicy policy) {
    LoginAttempts s = state;
    for (int i = 0; i < times; i++) {
      s = s.failed(at, policy);
    }
    return s;
  }

  @Test
  void portalLocksAtTheFifthConsecutiveFailureForThirtyMinutes() {
    LoginAttempts four = fail(LoginAttempts.NONE, 4, T0, LockoutPolicy.PORTAL);
    assertThat(four.lockedAt(T0)).isFalse();

    LoginAttempts five = four.failed(T0, LockoutPolicy.PORTAL);
    assertThat(five.lockedAt(T0)).isTrue();
    assertThat(five.lockedAt(T0.plus(Duration.ofMinutes(30)).minusSeconds(1))).isTrue();
    assertThat(five.lockedAt(T0.plus(Duration.ofMinutes(30)))).isFalse();
  }

  @Test
  void portalRelocksForFifteenMinutesAtTheFirstFailureAfterTheAutomaticUnlock() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 5, T0, LockoutPolicy.PORTAL);
    Instant afterUnlock = T0.plus(Duration.ofMinutes(31));

    LoginAttempts relocked = locked.failed(afterUnlock, LockoutPolicy.PORTAL);

    assertThat(relocked.lockedAt(afterUnlock)).isTrue();
    assertThat(relocked.lockedUntil()).isEqualTo(afterUnlock.plus(Duration.ofMinutes(15)));
    // And again after that relock lifts: still one failure.
    Instant later = afterUnlock.plus(Duration.ofMinutes(16));
    assertThat(relocked.failed(later, LockoutPolicy.PORTAL).lockedUntil())
        .isEqualTo(later.plus(Duration.ofMinutes(15)));
  }

  @Test
  void aSuccessResetsTheCountAndTheRelockRule() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 5, T0, LockoutPolicy.PORTAL);
    Instant afterUnlock = T0.plus(Duration.ofMinutes(31));

    LoginAttempts reset = locked.succeeded();
    LoginAttempts oneFailure = reset.failed(afterUnlock, LockoutPolicy.PORTAL);

    assertThat(oneFailure.lockedAt(afterUnlock)).isFalse();
    assertThat(fail(reset, 4, afterUnlock, LockoutPolicy.PORTAL).lockedAt(afterUnlock)).isFalse();
    assertThat(
            fail(LoginAttempts.NONE, 4, T0, LockoutPolicy.PORTAL)
                .succeeded()
                .failed(T0, LockoutPolicy.PORTAL)
                .failures())
        .isEqualTo(1);
  }

  @Test
  void attemptsWhileLockedChangeNothing() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 5, T0, LockoutPolicy.PORTAL);
    Instant during = T0.plus(Duration.ofMinutes(10));
    assertThat(fail(locked, 10, during, LockoutPolicy.PORTAL)).isEqualTo(locked);
  }

  @Test
  void settingsSiteLocksAtThreeForFifteenMinutesAndCountsAnewAfterwards() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 3, T0, LockoutPolicy.SETTINGS_SITE);
    assertThat(fail(LoginAttempts.NONE, 2, T0, LockoutPolicy.SETTINGS_SITE).lockedAt(T0)).isFalse();
    assertThat(locked.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));

    Instant after = T0.plus(Duration.ofMinutes(15));
    assertThat(fail(locked, 2, after, LockoutPolicy.SETTINGS_SITE).lockedAt(after)).isFalse();
    assertThat(fail(locked, 3, after, LockoutPolicy.SETTINGS_SITE).lockedAt(after)).isTrue();
  }

  @Test
  void businessMobileLocksAtFourAndReleasesByItself() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 4, T0, LockoutPolicy.BUSINESS_MOBILE);
    assertThat(fail(LoginAttempts.NONE, 3, T0, LockoutPolicy.BUSINESS_MOBILE).lockedAt(T0))
        .isFalse();
    assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(locked.lockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void anAdministratorsUnlockLiftsTheLockAtOnce() {
    LoginAttempts locked = fail(LoginAttempts.NONE, 3, T0, LockoutPolicy.SETTINGS_SITE);
    assertThat(locked.unlocked().lockedAt(T0)).isFalse();
  }
}
