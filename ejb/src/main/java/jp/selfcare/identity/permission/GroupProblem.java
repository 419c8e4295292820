package jp.selfcare.identity.permission;

/** Why a user group cannot be saved; pages show the message of the same name. */
public enum GroupProblem {
  NAME_REQUIRED,
  NAME_TOO_LONG,
  NAME_TAKEN,
  DESCRIPTION_TOO_LONG,
  /** A member is not a user of the customer. */
  UNKNOWN_MEMBER,
  /** A permission names a service, voice group or contract the customer does not have. */
  UNKNOWN_SCOPE
}
