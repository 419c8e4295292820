package jp.selfcare.forwarding;

/** 転送先の選択: one of the five stored lists, or the message box (留守番電話). */
public enum ForwardingTarget {
  LIST_1,
  LIST_2,
  LIST_3,
  LIST_4,
  LIST_5,
  VOICEMAIL;

  /** The list index 0–4 of a list target. */
  public int listIndex() {
    if (this == VOICEMAIL) {
      throw new IllegalStateException("the message box is not a list");
    }
    return ordinal();
  }
}
