package jp.selfcare.webbilling;

/** 解約理由, chosen when cancelling Web Billing (the seed shows a choice without listing it). */
public enum CancelReason {
  NO_LONGER_NEEDED,
  PREFER_PAPER,
  HARD_TO_USE,
  LINES_ENDED,
  OTHER
}
