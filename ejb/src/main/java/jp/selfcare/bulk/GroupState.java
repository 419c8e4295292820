package jp.selfcare.bulk;

/**
 * A bulk forwarding group's 起動状態 (spec 40-bulk-and-batch.md §1): 停止 and 開始, and the transitional
 * 開始設定中 / 停止設定中 while the job applies the change to the members. An activation is accepted only
 * from the state it leaves; none while the group is in transition.
 */
public enum GroupState {
  /** 停止: members forward by their own settings. */
  STOPPED,
  /** 開始設定中: the start job is applying the group's forwarding to the members. */
  STARTING,
  /** 開始: every member that could was switched to the group's forwarding. */
  STARTED,
  /** 停止設定中: the stop job is giving the members back their own settings. */
  STOPPING;

  /** The state an accepted activation puts the group in. */
  public GroupState begin(Activation activation) {
    if (transitional()) {
      throw new GroupStateException(GroupStateException.Reason.IN_TRANSITION, this);
    }
    GroupState from = activation == Activation.START ? STOPPED : STARTED;
    if (this != from) {
      throw new GroupStateException(GroupStateException.Reason.ALREADY, this);
    }
    return activation == Activation.START ? STARTING : STOPPING;
  }

  /** The state the group reaches when the job has applied every member. */
  public GroupState end() {
    return switch (this) {
      case STARTING -> STARTED;
      case STOPPING -> STOPPED;
      default -> throw new GroupStateException(GroupStateException.Reason.NOT_IN_TRANSITION, this);
    };
  }

  public boolean transitional() {
    return this == STARTING || this == STOPPING;
  }

  /** Groups are changed and deleted only while 停止. */
  public boolean editable() {
    return this == STOPPED;
  }
}
