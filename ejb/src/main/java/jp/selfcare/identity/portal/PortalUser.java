package jp.selfcare.identity.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginHolder;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.persistence.Encrypted;

/**
 * A Business Portal account of one customer. The login ID is the user's mail address. The password
 * exists only as an Argon2id hash, and only once the user set it from the registration mail; the
 * failure state follows {@link LockoutPolicy#PORTAL}.
 */
@Entity
@Table(name = "portal_user")
public class PortalUser extends LoginHolder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "login_id", nullable = false, length = 254)
  private String loginId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "phone", nullable = false, length = 20)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private PortalRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "second_step", nullable = false, length = 10)
  private SecondStep secondStep;

  @Column(name = "mail_language", nullable = false, length = 2)
  private String mailLanguage;

  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone;

  @Column(name = "title", length = 100)
  private String title;

  @Column(name = "mobile", length = 20)
  private String mobile;

  @Column(name = "user_comment", length = 500)
  private String comment;

  @Column(name = "mobile_line_mail", nullable = false)
  private boolean mobileLineMail;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Convert(converter = Encrypted.class)
  @Column(name = "totp_secret", length = 200)
  private String totpSecret;

  @Convert(converter = Encrypted.class)
  @Column(name = "totp_pending_secret", length = 200)
  private String totpPendingSecret;

  @Column(name = "totp_last_step", nullable = false)
  private long totpLastStep;

  @Column(name = "terms_version", length = 20)
  private String termsVersion;

  @Column(name = "terms_accepted_at")
  private Instant termsAcceptedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Moves when the user's group memberships or permissions change (see UserGroups). */
  @Column(name = "access_version", nullable = false)
  private long accessVersion;

  @Version private long version;

  protected PortalUser() {}

  public PortalUser(
      long customerId,
      String loginId,
      String name,
      String phone,
      PortalRole role,
      SecondStep secondStep,
      Locale mailLanguage,
      ZoneId timeZone,
      Instant createdAt) {
    this.customerId = customerId;
    this.loginId = normalise(loginId);
    this.name = Objects.requireNonNull(name).strip();
    this.phone = Objects.requireNonNull(phone).strip();
    this.role = Objects.requireNonNull(role);
    this.secondStep = Objects.requireNonNull(secondStep);
    this.mailLanguage = "en".equals(mailLanguage.getLanguage()) ? "en" : "ja";
    this.timeZone = timeZone.getId();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Login IDs are mail addresses, compared without case and surrounding blanks. */
  public static String normalise(String loginId) {
    return loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
  }

  /** The optional profile fields of the registration form. */
  public void describe(String title, String mobile, String comment, boolean mobileLineMail) {
    this.title = title;
    this.mobile = mobile;
    this.comment = comment;
    this.mobileLineMail = mobileLineMail;
  }

  /**
   * ユーザー編集: every field of the registration form except the login ID (the mail address), which
   * identifies the user; a different address means a new user.
   */
  public void edit(
      String name, String phone, PortalRole role, Locale mailLanguage, ZoneId timeZone) {
    this.name = Objects.requireNonNull(name).strip();
    this.phone = Objects.requireNonNull(phone).strip();
    if (this.role != role) {
      // a demoted administrator (or a promoted user) signs in again with the new rights
      endSessions();
    }
    this.role = Objects.requireNonNull(role);
    this.mailLanguage = "en".equals(mailLanguage.getLanguage()) ? "en" : "ja";
    this.timeZone = timeZone.getId();
  }

  /** Whether the user completed the password setting from the registration mail. */
  public boolean hasPassword() {
    return passwordHash != null;
  }

  /** 本人確認: the login ID, name and phone given match the registration. */
  public boolean identityMatches(String typedLoginId, String typedName, String typedPhone) {
    return loginId.equals(normalise(typedLoginId))
        && name.equals(typedName == null ? null : typedName.strip())
        && phone.equals(typedPhone == null ? null : typedPhone.strip());
  }

  /** Sets a new password (already checked against the rules) as a fresh hash. */
  public void changePassword(String hash) {
    this.passwordHash = Objects.requireNonNull(hash);
    endSessions();
  }

  public long accessVersion() {
    return accessVersion;
  }

  /** Whether the password matches; false while no password was ever set. */
  public boolean passwordMatches(String password) {
    return passwordHash != null && PasswordHasher.verify(password, passwordHash);
  }

  /** Opens the second step: only the holder of this ticket may continue, until it expires. */
  void openSecondStep(String ticketHash, Instant expiresAt) {
    openTicket(ticketHash, expiresAt);
    forgetCode();
  }

  /** Ends the second step (success, or a start-over). */
  void closeSecondStep() {
    closeTicket();
    forgetCode();
  }

  void acceptTotpStep(long step) {
    this.totpLastStep = step;
  }

  /** Starts TOTP set-up: the secret is shown to the user and stays pending until confirmed. */
  void beginTotpEnrolment(String base32Secret) {
    this.totpPendingSecret = Objects.requireNonNull(base32Secret);
  }

  /** A set-up left half-way at an earlier login starts again (with a new mailed code). */
  void abandonTotpEnrolment() {
    this.totpPendingSecret = null;
  }

  Optional<String> pendingTotpSecret() {
    return Optional.ofNullable(totpPendingSecret);
  }

  /** A current code confirmed the pending secret: it becomes the user's TOTP secret. */
  void completeTotpEnrolment(long acceptedStep) {
    this.totpSecret = totpPendingSecret;
    this.totpPendingSecret = null;
    this.totpLastStep = acceptedStep;
  }

  /** Whether the user agreed to this version of the terms. */
  public boolean agreedTo(String version) {
    return version.equals(termsVersion);
  }

  /** Records the user's agreement to a version of the terms. */
  public void agree(String version, Instant at) {
    this.termsVersion = version;
    this.termsAcceptedAt = at;
  }

  /**
   * Switches the second step. Choosing TOTP (again) drops the old secret, so the next login sets up
   * the app afresh.
   */
  void switchSecondStep(SecondStep method) {
    this.secondStep = Objects.requireNonNull(method);
    this.totpSecret = null;
    this.totpPendingSecret = null;
    this.totpLastStep = 0;
  }

  /** Enrols an authenticator app secret (confirmed by a current code elsewhere). */
  public void enrolTotp(String base32Secret) {
    this.totpSecret = Objects.requireNonNull(base32Secret);
    this.secondStep = SecondStep.TOTP;
    this.totpLastStep = 0;
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

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public PortalRole role() {
    return role;
  }

  public SecondStep secondStep() {
    return secondStep;
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  public Optional<String> mobile() {
    return Optional.ofNullable(mobile);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public boolean mobileLineMail() {
    return mobileLineMail;
  }

  public Optional<String> totpSecret() {
    return Optional.ofNullable(totpSecret);
  }

  public long totpLastStep() {
    return totpLastStep;
  }
}
