package jp.selfcare.identity;

import java.time.Instant;

/**
 * Where a single-use mailed link (the portal's registration and reset links, Web Billing's
 * registration link) stands when someone opens it.
 */
public enum LinkState {
  VALID,
  EXPIRED,
  USED,
  UNKNOWN;

  /** The state of a known link at {@code now}: used once used, expired from its expiry on. */
  public static LinkState of(Instant expiresAt, Instant usedAt, Instant now) {
    if (usedAt != null) {
      return USED;
    }
    return now.isBefore(expiresAt) ? VALID : EXPIRED;
  }
}
