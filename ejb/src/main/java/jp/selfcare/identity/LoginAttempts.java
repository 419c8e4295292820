package jp.selfcare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An account's login failure state. Immutable and clock-free: every method takes the instant it
 * happens at, so the lockout rules are tested by passing instants, never by sleeping.
 *
 * @param failures consecutive failures since the last success or lock
 * @param lockedUntil end of the current (or last) lock; null when never locked since a success
 * @param probation whether an automatic unlock happened, so the relock rule applies
 */
@Embeddable
public record LoginAttempts(
    @Column(name = "failures", nullable = false) int failures,
    @Column(name = "locked_until") Instant lockedUntil,
    @Column(name = "probation", nullable = false) boolean probation) {

  /** A clean account: no failures, no lock. */
  public static final LoginAttempts NONE = new LoginAttempts(0, null, false);

  /** Whether login is refused at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * The state after a failed attempt (wrong password or one-time code). While locked, attempts
   * change nothing: they are refused as "locked" without telling whether the password was right.
   */
  public LoginAttempts failed(Instant now, LockoutPolicy policy) {
    if (lockedAt(now)) {
      return this;
    }
    LoginAttempts current = this;
    if (lockedUntil != null) {
      // The lock lifted by itself: count anew, and from now on the relock rule applies.
      current = new LoginAttempts(0, null, true);
    }
    int count = current.failures + 1;
    if (current.probation && policy.failuresToRelock() > 0 && count >= policy.failuresToRelock()) {
      return new LoginAttempts(0, now.plus(policy.relock()), true);
    }
    if (count >= policy.failuresToLock()) {
      return new LoginAttempts(0, now.plus(policy.lock()), current.probation);
    }
    return new LoginAttempts(count, null, current.probation);
  }

  /** A success resets everything. */
  public LoginAttempts succeeded() {
    return NONE;
  }

  /** An administrator's unlock resets everything, like a success. */
  public LoginAttempts unlocked() {
    return NONE;
  }
}
