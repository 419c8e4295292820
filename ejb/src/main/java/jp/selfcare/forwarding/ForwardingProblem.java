package jp.selfcare.forwarding;

/** A form-level forwarding rule that is broken; pages show the message of the same name. */
public enum ForwardingProblem {
  /** 転送する without any forwarding mode. */
  MODE_REQUIRED,
  /** 無条件転送 with another mode. */
  UNCONDITIONAL_EXCLUSIVE,
  /**
   * A Mobile Office Number Set number forwards every call to the mobile: 無条件転送 only (its manual:
   * 「必ず無条件転送を選択してください」).
   */
  UNCONDITIONAL_ONLY,
  /** No-answer forwarding needs a ring time of 5–30 seconds. */
  RING_TIME,
  /** 転送する without a chosen destination. */
  TARGET_REQUIRED,
  /** The chosen list is empty. */
  TARGET_EMPTY,
  /** 留守番電話 without a message box contract. */
  VOICEMAIL_NOT_CONTRACTED,
  /** With a bulk forwarding contract, リスト5 (the bulk destination) is required. */
  LIST_5_REQUIRED
}
