package jp.selfcare.tickets;

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

/** A ticket: what it is about, where answers are mailed, and its state. */
@Entity
@Table(name = "ticket")
public class Ticket {

  /** Longest subject. */
  public static final int SUBJECT_MAX = 100;

  /** Longest message of the thread. */
  public static final int BODY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 20)
  private ServiceType service;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 12)
  private TicketCategory category;

  @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "contact_mail", nullable = false, length = 254)
  private String contactMail;

  @Column(name = "mail_language", nullable = false, length = 2)
  private String mailLanguage;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 12)
  private TicketState state = TicketState.RECEIVED;

  @Column(name = "opened_by", nullable = false, length = 254)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Ticket() {}

  Ticket(
      long customerId,
      ServiceType service,
      TicketCategory category,
      String subject,
      String contactMail,
      Locale mailLanguage,
      String openedBy,
      Instant at) {
    this.customerId = customerId;
    this.service = service;
    this.category = category;
    this.subject = subject;
    this.contactMail = contactMail;
    this.mailLanguage = "en".equals(mailLanguage.getLanguage()) ? "en" : "ja";
    this.openedBy = openedBy;
    this.openedAt = at;
    this.updatedAt = at;
  }

  void moveTo(TicketState next, Instant at) {
    this.state = next;
    this.updatedAt = at;
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

  public TicketCategory category() {
    return category;
  }

  public String subject() {
    return subject;
  }

  public String contactMail() {
    return contactMail;
  }

  public Locale mailLanguage() {
    return Locale.forLanguageTag(mailLanguage);
  }

  public TicketState state() {
    return state;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
