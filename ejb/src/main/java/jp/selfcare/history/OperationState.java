package jp.selfcare.history;

/** 実行中 / 設定完了 / エラー. */
public enum OperationState {
  RUNNING,
  COMPLETED,
  FAILED
}
