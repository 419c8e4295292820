package jp.selfcare.history;

/** What an operation did; later features add their own types. */
public enum OperationType {
  /** 番号情報ダウンロード: a contract's numbers as CSV and XLSX. */
  NUMBER_INFORMATION_DOWNLOAD,
  /** 転送設定 of one number (spec 30-settings-site.md §1). */
  FORWARDING,
  /** 特定番号通知 する/しない (§4). */
  SPECIFIC_NUMBER_PRESENTATION,
  /** 非通知着信拒否 する/しない (§8). */
  ANONYMOUS_REJECTION,
  /** 発信者番号通知 通知/非通知 (§9). */
  CALLER_ID_PRESENTATION,
  /** 国際電話利用休止 する/しない (§9). */
  INTERNATIONAL_SUSPENSION,
  /** 発信規制 する/しない (§9). */
  OUTGOING_RESTRICTION,
  /** 迷惑電話お断り list (§7). */
  NUISANCE_BLOCKING,
  /** 代表: call method, number presentation and members of a hunt group (§5). */
  HUNT_GROUP,
  /** 転送を予約する: a number's weekly forwarding schedule (§2). */
  FORWARDING_RESERVATION,
  /** 転送先特定番号 (FDIS/NDIS): forwarding to the contracted number (§3). */
  SPECIFIC_DESTINATION_FORWARDING,
  /** メッセージボックス: addresses, guidance, PIN (§6). */
  MESSAGE_BOX,
  /** ビジネスモバイル利用者の登録・変更・削除 (§13). */
  MOBILE_USERS,
  /** 一括転送グループの登録 (spec 40-bulk-and-batch.md §1). */
  BULK_GROUP_REGISTER,
  /** 一括転送グループの変更 (its members). */
  BULK_GROUP_CHANGE,
  /** 一括転送グループの削除. */
  BULK_GROUP_DELETE,
  /** 一括転送の開始: a job applies the group's forwarding to every member. */
  BULK_FORWARDING_START,
  /** 一括転送の停止: a job gives every member back its own forwarding. */
  BULK_FORWARDING_STOP,
  /** 一括設定アップロード: a job applies a CSV of forwarding settings. */
  BULK_SETTINGS_UPLOAD,
  /** The same upload as a check only (dry run): the result file, nothing applied. */
  BULK_SETTINGS_CHECK,
  /** 一括設定ダウンロード: a job writes the selected numbers' settings as the CSV. */
  BULK_SETTINGS_DOWNLOAD,
  /** 回線番号別明細のダウンロード: a month's bill lines as CSV. */
  BILL_LINES_DOWNLOAD,
  /** 通話明細のダウンロード: the calls of a period as CSV. */
  CALL_DETAILS_DOWNLOAD,
  /** 発信元電話番号単位の集計のダウンロード: the totals per calling number as CSV. */
  CALLER_TOTALS_DOWNLOAD,
  PAYMENT_CERTIFICATE,
  USAGE_CERTIFICATE,
  INVOICE_DOWNLOAD
}
