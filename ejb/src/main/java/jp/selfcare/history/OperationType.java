package jp.selfcare.history;

/** What an operation did; later features add their own types. */
public enum OperationType {
  /** 番号情報ダウンロード: a contract's numbers as CSV and XLSX. */
  NUMBER_INFORMATION_DOWNLOAD
}
