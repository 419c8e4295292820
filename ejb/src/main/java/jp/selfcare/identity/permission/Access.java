package jp.selfcare.identity.permission;

/** 権限なし / 参照のみ / 参照・編集, in increasing order (the union of two is the larger). */
public enum Access {
  NONE,
  READ,
  READ_EDIT;

  public boolean canRead() {
    return this != NONE;
  }

  public boolean canEdit() {
    return this == READ_EDIT;
  }

  /** The union of two grants. */
  public Access or(Access other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
