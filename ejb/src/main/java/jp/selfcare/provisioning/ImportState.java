package jp.selfcare.provisioning;

/** Where an import stands: running, or finished with every order applied or skipped, or not. */
public enum ImportState {
  RUNNING,
  /** Every order applied or skipped: the file went to done/. */
  DONE,
  /** At least one order refused: the file went to failed/, its result beside it. */
  FAILED
}
