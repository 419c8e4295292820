package jp.selfcare.bulk;

import jakarta.ejb.ApplicationException;

/** An activation the group's state does not allow; nothing was changed. */
@ApplicationException(rollback = true)
public class GroupStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** 開始設定中 or 停止設定中: wait for the job. */
    IN_TRANSITION,
    /** 開始 of a started group, 停止 of a stopped one. */
    ALREADY,
    /** A job finishing a group that is not in transition (a second finish). */
    NOT_IN_TRANSITION
  }

  private final Reason reason;
  private final GroupState state;

  public GroupStateException(Reason reason, GroupState state) {
    super(reason + " (group is " + state + ")");
    this.reason = reason;
    this.state = state;
  }

  public Reason reason() {
    return reason;
  }

  public GroupState state() {
    return state;
  }
}
