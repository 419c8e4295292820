package jp.selfcare.numbers;

/** 付加機能: the add-on feature contracts a number may carry. */
public enum AddOn {
  /** メッセージボックス. */
  MESSAGE_BOX,
  /** 迷惑電話お断り. */
  NUISANCE_BLOCKING,
  /** 非通知着信拒否. */
  ANONYMOUS_REJECTION,
  /** 特定番号通知: presents a contracted freephone/navi-dial number on outgoing calls. */
  SPECIFIC_NUMBER_PRESENTATION,
  /** 一括転送. */
  BULK_FORWARDING,
  /** 転送先特定番号 (FDIS/NDIS): forwarding only to a contracted freephone/navi-dial number. */
  SPECIFIC_DESTINATION,
  /** メンバーズネット: a private numbering plan with extension numbers. */
  MEMBERS_NET
}
