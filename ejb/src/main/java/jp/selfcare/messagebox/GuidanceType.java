package jp.selfcare.messagebox;

/** ガイダンス種別. */
public enum GuidanceType {
  /** 応答ガイダンス: the guidance plays and the caller's message is recorded. */
  ANSWER_AND_RECORD,
  /** 応答のみガイダンス: the guidance plays; nothing is recorded. */
  ANSWER_ONLY
}
