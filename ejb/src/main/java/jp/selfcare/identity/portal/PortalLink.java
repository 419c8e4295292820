package jp.selfcare.identity.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link mailed to a portal user. Only the SHA-256 of its token is stored, so the
 * database never holds a usable link.
 */
@Entity
@Table(name = "portal_link")
public class PortalLink {

  /** Where a link stands when someone opens it. */
  public enum State {
    VALID,
    EXPIRED,
    USED,
    UNKNOWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, length = 20)
  private LinkPurpose purpose;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "portal_user_id")
  private PortalUser user;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PortalLink() {}

  PortalLink(
      String tokenHash, LinkPurpose purpose, PortalUser user, Instant now, Instant expiresAt) {
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.purpose = Objects.requireNonNull(purpose);
    this.user = Objects.requireNonNull(user);
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  State stateAt(Instant now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  PortalUser user() {
    return user;
  }

  LinkPurpose purpose() {
    return purpose;
  }
}
