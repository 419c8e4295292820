package jp.selfcare.identity.portal;

import java.util.Set;
import jp.selfcare.identity.Violation;

/**
 * The outcome of setting a password from a mailed link.
 *
 * @param violations the broken password rules when the outcome is {@link Outcome#RULES_BROKEN}
 */
public record PasswordSetting(Outcome outcome, Set<Violation> violations) {

  /** What happened. */
  public enum Outcome {
    /** Password set; the link is used up. */
    DONE,
    /** Login ID, name or phone do not match the registration (本人確認). */
    IDENTITY_MISMATCH,
    /** The password breaks a rule; see the violations. */
    RULES_BROKEN,
    /** The link expired: ask for a new one with password reset. */
    LINK_EXPIRED,
    /** The link was used already: ask for a new one with password reset. */
    LINK_USED,
    /** No such link. */
    LINK_UNKNOWN
  }

  static PasswordSetting of(Outcome outcome) {
    return new PasswordSetting(outcome, Set.of());
  }
}
