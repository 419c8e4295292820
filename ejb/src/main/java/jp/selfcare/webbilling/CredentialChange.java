package jp.selfcare.webbilling;

/**
 * ⑩ ログインID／ログインパスワード変更 as typed: what to change, the current values and the new ones twice. The
 * current password is asked in every case: the new login ID must not contain it, and a login ID is
 * a credential too (docs/security.md).
 */
public record CredentialChange(
    Kind kind,
    String currentLoginId,
    String newLoginId,
    String newLoginIdAgain,
    String currentPassword,
    String newPassword,
    String newPasswordAgain) {

  /** What the member chose to change. */
  public enum Kind {
    LOGIN_ID,
    PASSWORD,
    BOTH;

    public boolean loginId() {
      return this != PASSWORD;
    }

    public boolean password() {
      return this != LOGIN_ID;
    }
  }
}
