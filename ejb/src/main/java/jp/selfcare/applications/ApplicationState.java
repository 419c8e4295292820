package jp.selfcare.applications;

/** お申し込みの進捗: where an application stands. */
public enum ApplicationState {
  /** 受付: accepted, waiting for the operator's arrangement. */
  ACCEPTED,
  /** 手配済: the operator arranged the work for the date. */
  ARRANGED,
  /** 完了: done (an immediate application is done when accepted). */
  COMPLETED,
  /** キャンセル: cancelled before the work. */
  CANCELLED;

  /** Whether the application is still to be done. */
  public boolean open() {
    return this == ACCEPTED || this == ARRANGED;
  }
}
