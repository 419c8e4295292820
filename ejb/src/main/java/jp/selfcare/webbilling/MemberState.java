package jp.selfcare.webbilling;

/** Where a Web Billing member stands (①Webビリングご契約状況). */
public enum MemberState {
  /** Created by the feed; waits for the member to set its password through the mailed link. */
  REGISTERING,
  /** Registered: may log in. */
  ACTIVE,
  /** Webビリング一括解約: cannot log in; its data are kept for the retention period. */
  CANCELLED
}
