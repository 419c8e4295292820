package jp.selfcare.bulk;

/** 起動状態変更: 開始 or 停止 of a bulk forwarding group. */
public enum Activation {
  START,
  STOP
}
