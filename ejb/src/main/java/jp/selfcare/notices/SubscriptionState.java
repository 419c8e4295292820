package jp.selfcare.notices;

/** Where a subscribed address stands. */
public enum SubscriptionState {
  /** 仮登録: the provisional mail's link has not been opened yet. */
  PROVISIONAL,
  /** 配信中. */
  ACTIVE,
  /** 配信停止中: the SMTP server refused the address; mails wait for the customer to resume. */
  PAUSED
}
