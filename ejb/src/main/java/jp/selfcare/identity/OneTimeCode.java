package jp.selfcare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * A mailed one-time code as stored: its hash, when it expires, how many wrong entries it has seen,
 * and whether it was used. Immutable and clock-free like {@link LoginAttempts}.
 *
 * @param hash {@link OneTimeSecrets#codeHash} of the code
 */
@Embeddable
public record OneTimeCode(
    @Column(name = "code_hash", length = 100) String hash,
    @Column(name = "code_expires_at") Instant expiresAt,
    @Column(name = "code_wrong_entries") int wrongEntries,
    @Column(name = "code_used") boolean used) {

  /** Wrong entries after which the code is void and a new one must be requested. */
  public static final int MAX_WRONG_ENTRIES = 5;

  /** The outcome of an entry. */
  public enum Check {
    ACCEPTED,
    WRONG,
    EXPIRED,
    TOO_MANY_WRONG,
    ALREADY_USED
  }

  /** An entry and the code's state after it. */
  public record Result(Check check, OneTimeCode after) {}

  /** A new code valid for {@code validity} from {@code now}. */
  public static OneTimeCode issue(String code, Instant now, Duration validity) {
    return new OneTimeCode(OneTimeSecrets.codeHash(code), now.plus(validity), 0, false);
  }

  /** Checks a typed code at {@code now}. */
  public Result enter(String typed, Instant now) {
    if (used) {
      return new Result(Check.ALREADY_USED, this);
    }
    if (wrongEntries >= MAX_WRONG_ENTRIES) {
      return new Result(Check.TOO_MANY_WRONG, this);
    }
    if (!now.isBefore(expiresAt)) {
      return new Result(Check.EXPIRED, this);
    }
    if (OneTimeSecrets.codeMatches(typed, hash)) {
      return new Result(Check.ACCEPTED, new OneTimeCode(hash, expiresAt, wrongEntries, true));
    }
    OneTimeCode after = new OneTimeCode(hash, expiresAt, wrongEntries + 1, false);
    return new Result(
        after.wrongEntries >= MAX_WRONG_ENTRIES ? Check.TOO_MANY_WRONG : Check.WRONG, after);
  }
}
