package jp.selfcare.webbilling;

/** What a registration through the mailed link can be refused for, besides the password rules. */
public enum RegistrationProblem {
  /** The link is unknown, used or expired. */
  LINK_INVALID,
  /** No secret question chosen. */
  QUESTION_MISSING
}
