package jp.selfcare.huntgroup;

/** 番号通知 of a hunt group's members on outgoing calls. */
public enum NumberPresentation {
  /** 代表番号通知: present the parent number. */
  PARENT,
  /** 個別番号通知: present each member's own number. */
  OWN
}
