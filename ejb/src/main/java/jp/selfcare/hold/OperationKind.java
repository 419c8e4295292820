package jp.selfcare.hold;

/** The seven operations of the conflict matrix (spec 30-settings-site.md §11). */
public enum OperationKind {
  /** 転送条件の設定 (per number; also held while its edit screen is open). */
  FORWARDING_CONDITIONS,
  /** 一括設定アップロード. */
  BULK_UPLOAD,
  /** 一括設定ダウンロード. */
  BULK_DOWNLOAD,
  /** 一括転送の開始／停止. */
  BULK_ACTIVATION,
  /** 一括転送グループの変更. */
  GROUP_CHANGE,
  /** 一括転送グループの削除. */
  GROUP_DELETE,
  /** 一括転送グループの登録. */
  GROUP_REGISTER
}
