package jp.selfcare.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;

/**
 * The login state both applications keep per account, in the same columns of their tables: the
 * failures and lock ({@link LoginAttempts}), the ticket that lets the holder of one login attempt
 * go on after the password, the mailed one-time code of that attempt, and the sign-in version that
 * every session must carry to go on. Changed only by each application's login and account services,
 * after their own checks.
 */
@MappedSuperclass
public abstract class LoginHolder {

  @Embedded private LoginAttempts attempts = LoginAttempts.NONE;

  @Column(name = "login_ticket_hash", length = 64)
  private String ticketHash;

  @Column(name = "login_ticket_expires_at")
  private Instant ticketExpiresAt;

  /** The mailed code of the current login attempt (or address change), if one was sent. */
  @Embedded private OneTimeCode code;

  /**
   * Moves when every session must end: password changed or reset, account locked, role changed
   * (sessions compare it on each request).
   */
  @Column(name = "sign_in_version", nullable = false)
  private long signInVersion;

  public LoginAttempts attempts() {
    return attempts;
  }

  /** The attempts after a login; a new lock ends every session too. */
  public void recordAttempts(LoginAttempts next) {
    if (next.lockedUntil() != null && !next.lockedUntil().equals(attempts.lockedUntil())) {
      signInVersion++;
    }
    this.attempts = next;
  }

  /** ロック解除 by an administrator. */
  public void unlock() {
    this.attempts = attempts.unlocked();
  }

  /** The version every session must carry to go on. */
  public long signInVersion() {
    return signInVersion;
  }

  /** Every session ends at its next request. */
  protected void endSessions() {
    signInVersion++;
  }

  /** Opens the steps after the password: only the holder of the ticket goes on, until expiry. */
  public void openTicket(String hash, Instant expiresAt) {
    this.ticketHash = hash;
    this.ticketExpiresAt = expiresAt;
  }

  public boolean ticketOpen(Instant now) {
    return ticketHash != null && now.isBefore(ticketExpiresAt);
  }

  public void closeTicket() {
    this.ticketHash = null;
    this.ticketExpiresAt = null;
  }

  /** A new code (or the code after an entry). */
  public void sendCode(OneTimeCode next) {
    this.code = next;
  }

  public Optional<OneTimeCode> code() {
    return Optional.ofNullable(code);
  }

  /** The attempt's code is void. */
  public void forgetCode() {
    this.code = null;
  }
}
