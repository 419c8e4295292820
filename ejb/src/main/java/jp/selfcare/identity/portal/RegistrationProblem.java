package jp.selfcare.identity.portal;

/** A field of the registration form that cannot be accepted; pages show the message of its name. */
public enum RegistrationProblem {
  NAME_REQUIRED,
  NAME_TOO_LONG,
  MAIL_ADDRESS_INVALID,
  MAIL_ADDRESS_TAKEN,
  PHONE_INVALID,
  MOBILE_INVALID,
  SECOND_STEP_REQUIRED,
  ROLE_REQUIRED,
  LANGUAGE_REQUIRED,
  TIME_ZONE_REQUIRED,
  TITLE_TOO_LONG,
  COMMENT_TOO_LONG,
  /** The change would leave the customer without a portal administrator. */
  LAST_ADMINISTRATOR,
  /** The customer has a portal administrator already (the operator adds only the first). */
  ADMINISTRATOR_EXISTS
}
