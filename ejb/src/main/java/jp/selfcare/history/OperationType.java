package jp.selfcare.history;

/** What an operation did; later features add their own types. */
public enum OperationType {
  /** 番号情報ダウンロード: a contract's numbers as CSV and XLSX. */
  NUMBER_INFORMATION_DOWNLOAD,
  /** 転送設定 of one number (spec 30-settings-site.md §1). */
  FORWARDING
}
