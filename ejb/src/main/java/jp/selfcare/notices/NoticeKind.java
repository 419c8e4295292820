package jp.selfcare.notices;

/** 工事情報 or 故障情報. */
public enum NoticeKind {
  MAINTENANCE,
  FAULT
}
