package jp.selfcare.contracts;

/** The columns the contracts list sorts by; ties are broken by contract number. */
public enum ContractSort {
  CONTRACT("c.number.value"),
  STATUS("c.operationalStatus"),
  VOICE_GROUP("g.groupId.value"),
  SERVICE("c.service"),
  SITE("s.siteId.value"),
  MEMO("c.memo");

  private final String path;

  ContractSort(String path) {
    this.path = path;
  }

  /** The JPQL expression of the column. */
  String path() {
    return path;
  }
}
