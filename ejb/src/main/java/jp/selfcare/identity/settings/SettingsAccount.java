package jp.selfcare.identity.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginHolder;
import jp.selfcare.identity.PasswordHasher;

/**
 * A Web Settings Site account with its own login ID: a site administrator, a number user or a
 * Business Mobile contract. Holds the password hash, the lockout state, and the optional mail
 * two-step authentication (the address, a pending new address, the current mailed code).
 */
@Entity
@Table(name = "settings_account")
public class SettingsAccount extends LoginHolder {

  /**
   * The kinds with their own login; voice-group administrators have none (they are portal users).
   */
  public enum Kind {
    SITE_ADMIN,
    NUMBER_USER,
    BUSINESS_MOBILE;

    SettingsRole role() {
      return switch (this) {
        case SITE_ADMIN -> SettingsRole.SITE_ADMIN;
        case NUMBER_USER -> SettingsRole.NUMBER_USER;
        case BUSINESS_MOBILE -> SettingsRole.BUSINESS_MOBILE;
      };
    }

    LockoutPolicy lockout() {
      return this == BUSINESS_MOBILE ? LockoutPolicy.BUSINESS_MOBILE : LockoutPolicy.SETTINGS_SITE;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "login_id", nullable = false, length = 20)
  private String loginId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "voice_group_id")
  private Long voiceGroupId;

  @Column(name = "site_id")
  private Long siteId;

  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "two_step", nullable = false)
  private boolean twoStep;

  @Column(name = "otp_address", length = 254)
  private String otpAddress;

  @Column(name = "pending_address", length = 254)
  private String pendingAddress;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 254)
  private String createdBy;

  @Version private long version;

  protected SettingsAccount() {}

  /** The scope: exactly one of site, number or contract, as the kind says. */
  public record Scope(Long voiceGroupId, Long siteId, Long ipNumberId, Long contractId) {}

  public SettingsAccount(
      long customerId,
      String loginId,
      Kind kind,
      Scope scope,
      String passwordHash,
      boolean twoStep,
      Instant createdAt,
      String createdBy) {
    this.customerId = customerId;
    this.loginId = Objects.requireNonNull(loginId);
    this.kind = Objects.requireNonNull(kind);
    this.voiceGroupId = scope.voiceGroupId();
    this.siteId = scope.siteId();
    this.ipNumberId = scope.ipNumberId();
    this.contractId = scope.contractId();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.twoStep = twoStep;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  boolean passwordMatches(String password) {
    return PasswordHasher.verify(password, passwordHash);
  }

  void changePassword(String hash) {
    this.passwordHash = Objects.requireNonNull(hash);
    endSessions();
  }

  /** The address the next code goes to until it is confirmed. */
  void proposeAddress(String address) {
    this.pendingAddress = address;
  }

  /** The pending address was confirmed with its code: two-step authentication is set up. */
  void confirmPendingAddress() {
    this.otpAddress = pendingAddress;
    this.pendingAddress = null;
    this.twoStep = true;
    forgetCode();
  }

  /** 2段階認証解除: the address goes; the set-up screen shows again at the next logins. */
  void releaseTwoStep() {
    this.otpAddress = null;
    this.pendingAddress = null;
    forgetCode();
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public String loginId() {
    return loginId;
  }

  public Kind kind() {
    return kind;
  }

  public Long voiceGroupId() {
    return voiceGroupId;
  }

  public Long siteId() {
    return siteId;
  }

  public Long ipNumberId() {
    return ipNumberId;
  }

  public Long contractId() {
    return contractId;
  }

  /** Whether the account uses mail two-step authentication (set up or still to be set up). */
  public boolean twoStep() {
    return twoStep;
  }

  public Optional<String> otpAddress() {
    return Optional.ofNullable(otpAddress);
  }

  Optional<String> pendingAddress() {
    return Optional.ofNullable(pendingAddress);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
