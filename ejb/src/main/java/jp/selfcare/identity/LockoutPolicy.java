package jp.selfcare.identity;

import java.time.Duration;

/**
 * How many consecutive failures lock an account, and for how long.
 *
 * @param failuresToLock consecutive failures that lock the account
 * @param lock how long that lock lasts before it lifts by itself
 * @param failuresToRelock after an automatic unlock, failures that lock it again (0: count anew)
 * @param relock how long such a re-lock lasts
 */
public record LockoutPolicy(
    int failuresToLock, Duration lock, int failuresToRelock, Duration relock) {

  /**
   * Business Portal: 5 failures → 30 minutes; after the automatic unlock 1 failure → 15 minutes.
   */
  public static final LockoutPolicy PORTAL =
      new LockoutPolicy(5, Duration.ofMinutes(30), 1, Duration.ofMinutes(15));

  /** Web Settings Site direct login: 3 wrong passwords → 15 minutes. */
  public static final LockoutPolicy SETTINGS_SITE =
      new LockoutPolicy(3, Duration.ofMinutes(15), 0, Duration.ZERO);

  /**
   * Business Mobile contract-ID login: 4 failures → locked, released by itself after 15 minutes.
   */
  public static final LockoutPolicy BUSINESS_MOBILE =
      new LockoutPolicy(4, Duration.ofMinutes(15), 0, Duration.ZERO);

  /**
   * Web Billing members: 5 failures (wrong passwords and wrong secret answers alike) → 30 minutes.
   * The seed gives no count; docs/security.md says why these.
   */
  public static final LockoutPolicy WEB_BILLING =
      new LockoutPolicy(5, Duration.ofMinutes(30), 0, Duration.ZERO);

  public LockoutPolicy {
    if (failuresToLock < 1 || lock.isNegative() || lock.isZero() || failuresToRelock < 0) {
      throw new IllegalArgumentException("a lockout needs at least one failure and a duration");
    }
  }
}
