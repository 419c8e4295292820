package jp.selfcare.access;

/** Who is logged in to the Web Settings Site; what each may do is {@link SettingsFunction}. */
public enum SettingsRole {
  /**
   * A portal user with 参照・編集 on a voice group, arrived through the hand-off: every number of it.
   */
  VOICE_GROUP_ADMIN,
  /** 拠点管理者: the numbers of one site. */
  SITE_ADMIN,
  /** 一般ユーザ: one IP telephone number. */
  NUMBER_USER,
  /** A Business Mobile contract, logged in with its contract ID: that contract's mobile users. */
  BUSINESS_MOBILE
}
