package jp.selfcare.numbers;

/**
 * 付加機能: the add-on feature contracts a number may carry, with their monthly fees (yen, tax
 * excluded) as the Arcstar IP Voice manual's add-on table lists them.
 */
public enum AddOn {
  /** メッセージボックス: 300 円/番号. */
  MESSAGE_BOX(300, FeeUnit.NUMBER),
  /** 迷惑電話お断り: 300 円/番号. */
  NUISANCE_BLOCKING(300, FeeUnit.NUMBER),
  /** 非通知着信拒否: 200 円/番号. */
  ANONYMOUS_REJECTION(200, FeeUnit.NUMBER),
  /** 特定番号通知: presents a contracted freephone/navi-dial number on outgoing calls; 100 円/番号. */
  SPECIFIC_NUMBER_PRESENTATION(100, FeeUnit.NUMBER),
  /** 一括転送: 3,000 円/回線. */
  BULK_FORWARDING(3000, FeeUnit.LINE),
  /**
   * 転送先特定番号 (FDIS/NDIS): forwarding only to a contracted freephone/navi-dial number; 1,000 円/番号.
   */
  SPECIFIC_DESTINATION(1000, FeeUnit.NUMBER),
  /** メンバーズネット: a private numbering plan with extension numbers (priced per contract). */
  MEMBERS_NET(0, FeeUnit.CONTRACT);

  /** What a monthly fee is counted per. */
  public enum FeeUnit {
    /** 番号: each number that holds the add-on. */
    NUMBER,
    /** 回線: each access line (contract) whose numbers hold it. */
    LINE,
    /** Set in the customer's contract, not a list price. */
    CONTRACT
  }

  /** Consumption tax, in percent, added to the list prices. */
  public static final int TAX_PERCENT = 10;

  private final int monthlyFee;

  private final FeeUnit feeUnit;

  AddOn(int monthlyFee, FeeUnit feeUnit) {
    this.monthlyFee = monthlyFee;
    this.feeUnit = feeUnit;
  }

  /** The monthly list price in yen, tax excluded (0 where the contract sets the price). */
  public int monthlyFee() {
    return monthlyFee;
  }

  /** The monthly list price in yen with consumption tax. */
  public int monthlyFeeWithTax() {
    return monthlyFee * (100 + TAX_PERCENT) / 100;
  }

  public FeeUnit feeUnit() {
    return feeUnit;
  }
}
