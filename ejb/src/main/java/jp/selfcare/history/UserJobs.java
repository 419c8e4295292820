package jp.selfcare.history;

import java.util.List;

/**
 * The batch jobs that carry out users' operations, by the names their job XML files have: each
 * writes a settings-history entry, whose id it takes as the job parameter {@value #OPERATION_ID},
 * and leaves its result there. A crash never loses one: {@link #RESUMED_AFTER_A_CRASH} are
 * restarted at start-up after their last committed chunk.
 */
public final class UserJobs {

  /** 一括転送 開始 / 停止. */
  public static final String BULK_FORWARDING_ACTIVATION = "bulk-forwarding-activation";

  /** 一括設定 アップロード (and its check). */
  public static final String BULK_SETTINGS_UPLOAD = "bulk-settings-upload";

  /** 一括設定 ダウンロード. */
  public static final String BULK_SETTINGS_DOWNLOAD = "bulk-settings-download";

  /** 番号情報ダウンロード. */
  public static final String NUMBER_INFORMATION_DOWNLOAD = "number-information-download";

  /** The Billing Station's CSV downloads (回線番号別明細, 通話明細, 発信元電話番号単位の集計). */
  public static final String BILLING_DOWNLOAD = "billing-download";

  /** Web Billing's PDFs: 料金支払証明書, ご利用料金証明書 and 連絡請求書. */
  public static final String MEMBER_DOCUMENT = "member-document";

  /** The job parameter with the id of the operation's history entry. */
  public static final String OPERATION_ID = "operationId";

  /** Every user job: the server resumes each one a crash interrupted. */
  public static final List<String> RESUMED_AFTER_A_CRASH =
      List.of(
          BULK_FORWARDING_ACTIVATION,
          BULK_SETTINGS_UPLOAD,
          BULK_SETTINGS_DOWNLOAD,
          NUMBER_INFORMATION_DOWNLOAD,
          BILLING_DOWNLOAD,
          MEMBER_DOCUMENT);

  private UserJobs() {}
}
