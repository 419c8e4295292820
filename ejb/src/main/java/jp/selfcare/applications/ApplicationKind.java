package jp.selfcare.applications;

/** The two ways to apply for a contract change. */
public enum ApplicationKind {
  /** 即時開通: free, applied at once, cannot be cancelled. */
  IMMEDIATE,
  /** 工事日指定: done by the operator on a requested business day. */
  SCHEDULED
}
