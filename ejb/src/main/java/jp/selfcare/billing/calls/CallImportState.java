package jp.selfcare.billing.calls;

/** Where an import of a call-record file stands. */
public enum CallImportState {
  RUNNING,
  /** Every row loaded, found loaded before, or loaded unbilled. */
  DONE,
  /** Some rows refused (the file lies in failed/ with its result). */
  FAILED,
  /** The same file (by content) was imported before: nothing read. */
  DUPLICATE
}
