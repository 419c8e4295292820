package jp.selfcare.audit;

/** What happened; pages show the message of the same name. */
public enum AuditEvent {
  LOGIN_PASSWORD_ACCEPTED,
  LOGIN_FAILED,
  LOGIN_REFUSED_LOCKED,
  ACCOUNT_LOCKED,
  ACCOUNT_UNLOCKED,
  LOGIN_SUCCEEDED,
  SECOND_STEP_CHANGED,
  USER_ADDED,
  PASSWORD_SET,
  PASSWORD_RESET_REQUESTED,
  IDENTITY_CHECK_FAILED
}
