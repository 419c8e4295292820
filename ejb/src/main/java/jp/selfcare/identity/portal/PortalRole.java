package jp.selfcare.identity.portal;

/** 一般ユーザー or ポータル管理者. */
public enum PortalRole {
  GENERAL,
  ADMINISTRATOR
}
