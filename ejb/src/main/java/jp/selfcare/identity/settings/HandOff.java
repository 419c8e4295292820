package jp.selfcare.identity.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, short-lived hand-off from the portal's settings-change list into the Web Settings
 * Site: which portal user, which voice group, which browser session; stored as the SHA-256 of the
 * token (and of the session's key) only. Used up by one atomic update ({@link HandOffs#redeem}).
 */
@Entity
@Table(name = "settings_handoff")
public class HandOff {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "portal_user_id", nullable = false)
  private long portalUserId;

  @Column(name = "voice_group_id", nullable = false)
  private long voiceGroupId;

  @Column(name = "session_hash", length = 64)
  private String sessionHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected HandOff() {}

  HandOff(
      String tokenHash,
      long portalUserId,
      long voiceGroupId,
      String sessionHash,
      Instant issuedAt,
      Instant expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.portalUserId = portalUserId;
    this.voiceGroupId = voiceGroupId;
    this.sessionHash = Objects.requireNonNull(sessionHash);
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the browser session that presents it is the one that asked for it. */
  boolean boundTo(String presentedSessionHash) {
    return sessionHash != null && sessionHash.equals(presentedSessionHash);
  }

  long portalUserId() {
    return portalUserId;
  }

  long voiceGroupId() {
    return voiceGroupId;
  }
}
