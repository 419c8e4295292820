package jp.selfcare.applications;

/**
 * 工事内容: what an application changes, as the change-application centre sorts its work. The first two
 * carry a change the system applies itself ({@link Change}); the others are described in words and
 * carried out by the operator.
 */
public enum Work {
  /** 番号ごと付加機能の追加廃止. */
  ADD_ONS(true),
  /** ダイヤルイン番号追加、廃止. */
  DIAL_INS(true),
  /** 拠点ごと付加機能の追加廃止. */
  SITE_ADD_ONS(false),
  /** 基本契約番号. */
  BASIC_NUMBER(false),
  /** 番号移動. */
  NUMBER_PORTING(false),
  /** 代表. */
  HUNT_GROUP(false),
  /** レンタル端末. */
  RENTAL_TERMINAL(false),
  /** 電話帳掲載・番号案内. */
  DIRECTORY_LISTING(false),
  /** 移転/移設/拠点廃止. */
  RELOCATION(false);

  private final boolean structured;

  Work(boolean structured) {
    this.structured = structured;
  }

  /** Whether the work is a {@link Change} the system applies (else it is described in words). */
  public boolean structured() {
    return structured;
  }
}
