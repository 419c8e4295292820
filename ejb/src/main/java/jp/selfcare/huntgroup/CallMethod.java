package jp.selfcare.huntgroup;

/** 呼出方式 of a hunt group. */
public enum CallMethod {
  /** 順次サーチ: always from the parent, then the members in order. */
  SEQUENTIAL,
  /** ラウンドロビン: start after the member that took the previous call. */
  ROUND_ROBIN
}
