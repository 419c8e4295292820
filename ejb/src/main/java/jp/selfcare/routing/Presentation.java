package jp.selfcare.routing;

/** How the caller's number arrives with an incoming call. */
public enum Presentation {
  /** The caller's number is presented. */
  NUMBER,
  /** 非通知: the caller withheld it. */
  ANONYMOUS,
  /** 公衆電話. */
  PUBLIC_PHONE,
  /** 表示圏外: the number is unavailable (e.g. some international calls). */
  UNAVAILABLE
}
