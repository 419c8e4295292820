package jp.selfcare.identity.settings;

/** Why a settings account change was refused; pages show the message of the same name. */
public enum AccountProblem {
  KIND_REQUIRED,
  /** The site ID is not 7 digits, or names no site in the caller's scope (not told apart). */
  SITE_NOT_IN_SCOPE,
  /** The number is malformed or not in the caller's scope (not told apart). */
  NUMBER_NOT_IN_SCOPE,
  /** The number already has a number-user account. */
  NUMBER_HAS_ACCOUNT,
  /** The current password given for a password change is wrong. */
  CURRENT_PASSWORD_WRONG
}
