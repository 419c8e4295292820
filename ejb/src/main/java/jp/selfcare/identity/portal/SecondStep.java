package jp.selfcare.identity.portal;

/** The second login step a portal user has chosen: an authenticator app or a mailed code. */
public enum SecondStep {
  TOTP,
  MAIL_OTP
}
