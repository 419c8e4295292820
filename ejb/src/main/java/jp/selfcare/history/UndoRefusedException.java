package jp.selfcare.history;

import jakarta.ejb.ApplicationException;

/** 元に戻す refused, with the reason; nothing was changed. */
@ApplicationException(rollback = true)
public class UndoRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the undo is refused; pages show the message of the same name. */
  public enum Reason {
    /** The number's setting changed again after the change to undo. */
    CHANGED_SINCE,
    /** The old value no longer passes today's rules (e.g. a contract or a suspension changed). */
    RULES_CHANGED
  }

  private final Reason reason;

  public UndoRefusedException(Reason reason) {
    super("undo refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
