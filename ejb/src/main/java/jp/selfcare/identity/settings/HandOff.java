package jp.selfcare.identity.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, short-lived hand-off from the portal's settings-change list into the Web Settings
 * Site: which portal user, which voice group; stored as the SHA-256 of the token only.
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

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected HandOff() {}

  HandOff(
      String tokenHash, long portalUserId, long voiceGroupId, Instant issuedAt, Instant expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.portalUserId = portalUserId;
    this.voiceGroupId = voiceGroupId;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  /** Uses the hand-off at {@code now}; false when it was used already or has expired. */
  boolean use(Instant now) {
    if (usedAt != null || !now.isBefore(expiresAt)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  long portalUserId() {
    return portalUserId;
  }

  long voiceGroupId() {
    return voiceGroupId;
  }
}
