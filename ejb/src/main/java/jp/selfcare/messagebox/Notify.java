package jp.selfcare.messagebox;

/** メール通知条件 of an address. */
public enum Notify {
  /** 通知しない. */
  NEVER,
  /** 着信時に通知: a mail on every incoming call. */
  ON_CALL,
  /** 録音時に通知: a mail on every recorded message. */
  ON_RECORD
}
