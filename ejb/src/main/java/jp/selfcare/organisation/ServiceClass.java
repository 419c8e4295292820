package jp.selfcare.organisation;

/** サービス分類: the groups of the portal's service menu. */
public enum ServiceClass {
  /** 音声・ビデオ・電話. */
  VOICE,
  /** モバイル. */
  MOBILE,
  /** ネットワーク. */
  NETWORK
}
