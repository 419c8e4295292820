package jp.selfcare.webbilling;

/**
 * What a member's request can be refused for, besides the credential rules of 10-identity.md §3
 * ({@link jp.selfcare.identity.Violation}). Each has its message in both languages.
 */
public enum MemberProblem {
  /** The link is unknown, used or expired. */
  LINK_INVALID,
  /** No secret question chosen. */
  QUESTION_MISSING,
  /** The secret question or its answer is not the one given with the request. */
  SECRET_WRONG,
  /** The current login ID typed is not the member's. */
  CURRENT_LOGIN_ID_WRONG,
  /** The current password typed is not the member's. */
  CURRENT_PASSWORD_WRONG,
  /** The new login ID and its confirmation differ. */
  LOGIN_ID_CONFIRMATION_DIFFERS,
  /** Another member (or an earlier one) uses the new login ID. */
  LOGIN_ID_TAKEN,
  /** The phone number is not 10 or 11 digits. */
  PHONE_INVALID,
  /** The mail address is not one. */
  MAIL_INVALID,
  /** The mail address and its confirmation differ. */
  MAIL_CONFIRMATION_DIFFERS,
  /** No cancellation reason chosen. */
  REASON_MISSING,
  /** No telephone number typed for a line to add. */
  LINE_MISSING,
  /** The number is not one this operator bills. */
  LINE_UNKNOWN,
  /** The line's holder (契約名義) is not the member's registered holder. */
  LINE_HOLDER_DIFFERS,
  /** The line is registered already (or pending twice). */
  LINE_ALREADY_REGISTERED,
  /** More than 200 target lines. */
  TOO_MANY_LINES,
  /** Nothing was chosen to change. */
  NOTHING_CHOSEN,
  /** A document's period (or month) was not chosen. */
  PERIOD_MISSING,
  /** The period ends before it starts. */
  PERIOD_REVERSED,
  /** The period is longer than a certificate covers (12 months). */
  PERIOD_TOO_LONG,
  /** No final bill of the member in the period. */
  NO_BILLS,
  /** No paid bill of the member in the period (a payment certificate has nothing to certify). */
  NO_PAYMENTS
}
