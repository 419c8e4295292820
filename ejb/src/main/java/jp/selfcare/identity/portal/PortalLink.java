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
import jp.selfcare.identity.LinkState;

/**
 * A single-use link mailed to a portal user. Only the SHA-256 of its token is stored, so the
 * database never holds a usable link.
 */
@Entity
@Table(name = "portal_link")
public class PortalLink {

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

  LinkState stateAt(Instant now) {
    return LinkState.of(expiresAt, usedAt, now);
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
