package jp.selfcare.identity.permission;

/** What a permission setting is about: a service, a voice group (契約グループ) or one contract. */
public enum ScopeType {
  SERVICE,
  VOICE_GROUP,
  CONTRACT
}
