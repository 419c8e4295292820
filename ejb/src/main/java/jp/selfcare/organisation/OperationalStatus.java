package jp.selfcare.organisation;

/** 運用状況 of a contract: ◎ 正常 or ✕ 異常 (a rented VoIP gateway reported a fault). */
public enum OperationalStatus {
  NORMAL,
  FAULT
}
