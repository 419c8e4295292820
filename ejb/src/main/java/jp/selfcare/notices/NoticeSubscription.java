package jp.selfcare.notices;

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
import java.util.Locale;
import jp.selfcare.organisation.ServiceType;

/** An address of a customer subscribed to a service's notice mails. */
@Entity
@Table(name = "notice_subscription")
public class NoticeSubscription {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 20)
  private ServiceType service;

  @Column(name = "address", nullable = false, length = 254)
  private String address;

  @Column(name = "maintenance", nullable = false)
  private boolean maintenance;

  @Column(name = "fault", nullable = false)
  private boolean fault;

  @Column(name = "days", nullable = false, length = 7)
  private String days;

  @Column(name = "hour_from", nullable = false)
  private short hourFrom;

  @Column(name = "hour_to", nullable = false)
  private short hourTo;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private SubscriptionState state = SubscriptionState.PROVISIONAL;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "token_expires_at")
  private Instant tokenExpiresAt;

  @Column(name = "mail_language", nullable = false, length = 2)
  private String mailLanguage;

  @Column(name = "created_by", nullable = false, length = 254)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "paused_at")
  private Instant pausedAt;

  @Column(name = "pause_reason", length = 500)
  private String pauseReason;

  @Version private long version;

  protected NoticeSubscription() {}

  NoticeSubscription(
      long customerId,
      ServiceType service,
      String address,
      Locale language,
      String createdBy,
      Instant at) {
    this.customerId = customerId;
    this.service = service;
    this.address = address;
    this.mailLanguage = "en".equals(language.getLanguage()) ? "en" : "ja";
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  void choose(boolean maintenanceMail, boolean faultMail, DeliveryWindow window) {
    this.maintenance = maintenanceMail;
    this.fault = faultMail;
    this.days = window.daysMask();
    this.hourFrom = (short) window.fromHour();
    this.hourTo = (short) window.toHour();
  }

  /** A new provisional link: the address waits for it to be opened. */
  void provisional(String newTokenHash, Instant expiresAt) {
    this.state = SubscriptionState.PROVISIONAL;
    this.tokenHash = newTokenHash;
    this.tokenExpiresAt = expiresAt;
  }

  void confirm() {
    this.state = SubscriptionState.ACTIVE;
    this.tokenHash = null;
    this.tokenExpiresAt = null;
  }

  void pause(String reason, Instant at) {
    this.state = SubscriptionState.PAUSED;
    this.pauseReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    this.pausedAt = at;
  }

  void resume() {
    this.state = SubscriptionState.ACTIVE;
    this.pauseReason = null;
    this.pausedAt = null;
  }

  public DeliveryWindow window() {
    return DeliveryWindow.of(days, hourFrom, hourTo);
  }

  public Long id() {
    return id;
  }

  public long customerId() {
    return customerId;
  }

  public ServiceType service() {
    return service;
  }

  public String address() {
    return address;
  }

  public boolean maintenance() {
    return maintenance;
  }

  public boolean fault() {
    return fault;
  }

  public SubscriptionState state() {
    return state;
  }

  public Instant tokenExpiresAt() {
    return tokenExpiresAt;
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public String pauseReason() {
    return pauseReason;
  }
}
