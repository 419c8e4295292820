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
    @Column(name = "code_used") boolean used,
    @Column(name = "code_sends") int sends) {

  /** Wrong entries in one login attempt after which its code is void and it starts over. */
  public static final int MAX_WRONG_ENTRIES = 5;

  /** Codes one login attempt may be sent (the first and the "send again"s); then it starts over. */
  public static final int MAX_SENDS = 5;

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

  /** The first code of a login attempt, valid for {@code validity} from {@code now}. */
  public static OneTimeCode issue(String code, Instant now, Duration validity) {
    return new OneTimeCode(OneTimeSecrets.codeHash(code), now.plus(validity), 0, false, 1);
  }

  /**
   * "Send again": a new code for the same login attempt. It replaces this one but keeps the
   * attempt's wrong entries, so asking for codes never buys more guesses.
   */
  public OneTimeCode resent(String code, Instant now, Duration validity) {
    return new OneTimeCode(
        OneTimeSecrets.codeHash(code), now.plus(validity), wrongEntries, false, sends + 1);
  }

  /** Whether the attempt may be sent one more code. */
  public boolean mayResend() {
    return sends < MAX_SENDS && wrongEntries < MAX_WRONG_ENTRIES && !used;
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
      return new Result(
          Check.ACCEPTED, new OneTimeCode(hash, expiresAt, wrongEntries, true, sends));
    }
    OneTimeCode after = new OneTimeCode(hash, expiresAt, wrongEntries + 1, false, sends);
    return new Result(
        after.wrongEntries >= MAX_WRONG_ENTRIES ? Check.TOO_MANY_WRONG : Check.WRONG, after);
  }
}
