package jp.selfcare.webbilling;

/** What a link mailed to a member does when it is opened. */
public enum LinkPurpose {
  /** Sets the first password and secret question of a member the feed created. */
  REGISTRATION,
  /** Makes a new contact mail address (and the secret question chosen with it) the member's. */
  MAIL_CHANGE,
  /** Makes a new address the bill notification mail's. */
  BILL_MAIL
}
