package jp.selfcare.webbilling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginHolder;
import jp.selfcare.identity.PasswordHasher;

/**
 * A Web Billing member (docs/web-billing.md): created by the service-order feed, registered through
 * its mailed link, then changed only by its own login through the member services. Its login
 * failures follow {@link LockoutPolicy#WEB_BILLING}.
 */
@Entity
@Table(name = "billing_member")
public class BillingMember extends LoginHolder {

  @Id private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "login_id", nullable = false, length = 31)
  private String loginId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "holder_name", nullable = false, length = 100)
  private String holderName;

  @Column(name = "contact_phone", length = 11)
  private String contactPhone;

  @Column(name = "contact_mail", nullable = false, length = 254)
  private String contactMail;

  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "secret_question", length = 40)
  private SecretQuestion secretQuestion;

  @Column(name = "secret_answer_hash", length = 200)
  private String secretAnswerHash;

  @Column(name = "secret_auth", nullable = false)
  private boolean secretAuth;

  @Column(name = "d_account_linked", nullable = false)
  private boolean dAccountLinked;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private MemberState state;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "previous_login_at")
  private Instant previousLoginAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason", length = 40)
  private String cancelReason;

  @Column(name = "bill_mail", nullable = false)
  private boolean billMail;

  @Column(name = "bill_mail_address", length = 254)
  private String billMailAddress;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected BillingMember() {}

  public long id() {
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

  public String holderName() {
    return holderName;
  }

  public Optional<String> contactPhone() {
    return Optional.ofNullable(contactPhone);
  }

  public String contactMail() {
    return contactMail;
  }

  public SecretQuestion secretQuestion() {
    return secretQuestion;
  }

  public boolean secretAuth() {
    return secretAuth;
  }

  public boolean dAccountLinked() {
    return dAccountLinked;
  }

  public MemberState state() {
    return state;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  /** The login before the current one (前回ログイン日時), if there was one. */
  public Optional<Instant> previousLoginAt() {
    return Optional.ofNullable(previousLoginAt);
  }

  public Optional<Instant> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  public boolean billMail() {
    return billMail;
  }

  public Optional<String> billMailAddress() {
    return Optional.ofNullable(billMailAddress);
  }

  public boolean passwordMatches(String password) {
    return passwordHash != null
        && password != null
        && PasswordHasher.verify(password, passwordHash);
  }

  /**
   * Whether the answer is the registered one, character for character: a full-width answer does not
   * match its half-width spelling (the seed: 全角・半角の入力を誤ると登録できません).
   */
  public boolean answerMatches(String answer) {
    return secretAnswerHash != null
        && answer != null
        && PasswordHasher.verify(answer, secretAnswerHash);
  }

  /** The member's first password and secret: it may log in from now on. */
  void register(String hash, SecretQuestion question, String answerHash) {
    this.passwordHash = hash;
    this.secretQuestion = question;
    this.secretAnswerHash = answerHash;
    this.state = MemberState.ACTIVE;
  }

  /** A completed login: the last one becomes the previous one. */
  void loggedIn(Instant now) {
    this.previousLoginAt = lastLoginAt;
    this.lastLoginAt = now;
  }

  void changePhone(String phone) {
    this.contactPhone = phone;
  }

  void changeContactMail(String mail) {
    this.contactMail = mail;
  }

  void changeSecret(SecretQuestion question, String answerHash) {
    this.secretQuestion = question;
    this.secretAnswerHash = answerHash;
  }

  void secretAuth(boolean on) {
    this.secretAuth = on;
  }

  /** ⑨ dアカウント連携登録解除: the state becomes 未登録. */
  void unlinkDAccount() {
    this.dAccountLinked = false;
  }

  /** A new login ID: every other session ends (the ID they signed in with is gone). */
  void changeLoginId(String next) {
    this.loginId = next;
    endSessions();
  }

  /** A new password: every session ends but the one that changed it (which the caller renews). */
  void changePassword(String hash) {
    this.passwordHash = hash;
    endSessions();
  }

  void billMail(boolean on, String address) {
    this.billMail = on;
    this.billMailAddress = address;
  }

  /** Webビリング一括解約: no more logins; the data stay for the retention period. */
  void cancel(String reason, Instant now) {
    this.state = MemberState.CANCELLED;
    this.cancelReason = reason;
    this.cancelledAt = now;
    closeTicket();
    endSessions();
  }
}
