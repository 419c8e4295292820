package jp.selfcare.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import jp.selfcare.organisation.ServiceType;

/** A published maintenance or fault notice of a service. */
@Entity
@Table(name = "notice")
public class Notice implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest title. */
  public static final int TITLE_MAX = 200;

  /** Longest description. */
  public static final int BODY_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 12)
  private NoticeKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 20)
  private ServiceType service;

  @Column(name = "title", nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "body", nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at")
  private Instant endsAt;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "published_by", nullable = false, length = 254)
  private String publishedBy;

  protected Notice() {}

  Notice(
      NoticeKind kind,
      ServiceType service,
      String title,
      String body,
      Instant startsAt,
      Instant endsAt,
      String publishedBy,
      Instant publishedAt) {
    this.kind = kind;
    this.service = service;
    this.title = title;
    this.body = body;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  public Long id() {
    return id;
  }

  public NoticeKind kind() {
    return kind;
  }

  public ServiceType service() {
    return service;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
