package jp.selfcare.tickets;

/** The kinds of inquiry the portal's ticket form offers. */
public enum TicketCategory {
  /** 故障と思われる. */
  FAULT,
  /** 仕様・技術. */
  TECHNICAL,
  /** サービス内容. */
  SERVICE,
  /** 申込. */
  APPLICATION,
  /** 料金. */
  BILLING
}
