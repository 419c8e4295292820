package jp.selfcare.identity;

/**
 * A broken credential rule. Pages show the message of the same name in the user's language; the
 * service layer refuses the change and keeps what was there.
 */
public enum Violation {
  PASSWORD_LENGTH,
  PASSWORD_CHARACTERS,
  PASSWORD_NEEDS_DIGIT,
  PASSWORD_NEEDS_UPPER,
  PASSWORD_NEEDS_LOWER,
  PASSWORD_NEEDS_LETTER,
  PASSWORD_NEEDS_THREE_KINDS,
  PASSWORD_CONTAINS_LOGIN_ID,
  PASSWORD_RECENTLY_USED,
  PASSWORD_CONFIRMATION_DIFFERS,
  LOGIN_ID_LENGTH,
  LOGIN_ID_CHARACTERS,
  LOGIN_ID_NEEDS_MIX,
  LOGIN_ID_CONTAINS_PASSWORD,
  LOGIN_ID_RECENTLY_USED,
  SECRET_ANSWER_EMPTY,
  SECRET_ANSWER_TOO_LONG
}
