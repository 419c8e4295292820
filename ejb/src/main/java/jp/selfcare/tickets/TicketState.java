package jp.selfcare.tickets;

/** Where a ticket stands. */
public enum TicketState {
  /** 受付: opened (or written to again by the customer), not yet taken up. */
  RECEIVED,
  /** 対応中: an operator is on it. */
  IN_PROGRESS,
  /** 回答済: answered; the customer may write again or close it. */
  ANSWERED,
  /** 完了: closed; nothing more is written to it. */
  CLOSED
}
