package jp.selfcare.identity.portal;

/** What a single-use portal link is for. */
public enum LinkPurpose {
  /** ユーザ登録受付メール: set the first password. */
  REGISTRATION,
  /** パスワード再設定: set a new password. */
  PASSWORD_RESET
}
