package jp.selfcare.activation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A published activation notice and the secrets that open it (both hashed). */
@Entity
@Table(name = "activation_notice")
public class ActivationNotice {

  /** How long a notice can be viewed after it is published. */
  public static final Duration AVAILABLE = Duration.ofDays(14);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "contract_number", nullable = false, length = 10)
  private String contractNumber;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "available_until", nullable = false)
  private Instant availableUntil;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "address", nullable = false, length = 254)
  private String address;

  @Column(name = "code_hash", length = 200)
  private String codeHash;

  @Column(name = "code_expires_at")
  private Instant codeExpiresAt;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version private long version;

  protected ActivationNotice() {}

  ActivationNotice(
      long customerId,
      long contractId,
      String contractNumber,
      String passwordHash,
      String address,
      Instant publishedAt) {
    this.customerId = customerId;
    this.contractId = contractId;
    this.contractNumber = contractNumber;
    this.passwordHash = passwordHash;
    this.address = address;
    this.publishedAt = publishedAt;
    this.availableUntil = publishedAt.plus(AVAILABLE);
  }

  void code(String hash, Instant expiresAt) {
    this.codeHash = hash;
    this.codeExpiresAt = expiresAt;
  }

  /** A wrong password or code: after {@code limit} in a row the notice is locked for a while. */
  void failed(int limit, Instant lockUntil) {
    failures++;
    if (failures >= limit) {
      lockedUntil = lockUntil;
      failures = 0;
      codeHash = null;
    }
  }

  void succeeded() {
    failures = 0;
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public Long contractId() {
    return contractId;
  }

  public String contractNumber() {
    return contractNumber;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant availableUntil() {
    return availableUntil;
  }

  String passwordHash() {
    return passwordHash;
  }

  public String address() {
    return address;
  }

  String codeHash() {
    return codeHash;
  }

  Instant codeExpiresAt() {
    return codeExpiresAt;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }
}
