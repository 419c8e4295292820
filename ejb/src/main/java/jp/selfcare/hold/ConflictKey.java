package jp.selfcare.hold;

/** On what two operations conflict: ¹ the same number, ² the same site, ³ the same group. */
public enum ConflictKey {
  SAME_NUMBER,
  SAME_SITE,
  SAME_GROUP
}
