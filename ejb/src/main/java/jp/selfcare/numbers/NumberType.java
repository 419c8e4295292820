package jp.selfcare.numbers;

/** Whether a number is the basic contract number of a line or a dial-in number under one. */
public enum NumberType {
  /** 基本契約番号: carries SIP credentials and channel count; hunt groups are built from these. */
  BASIC,
  /** ダイヤルイン番号: an additional number under a basic contract number. */
  DIAL_IN
}
