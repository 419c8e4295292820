package jp.selfcare.hold;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** One operation in progress (or edit screen open) and what it holds, until it expires. */
@Entity
@Table(name = "operation_hold")
public class OperationHold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private OperationKind kind;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "account", nullable = false, length = 254)
  private String account;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(name = "bulk_group_id")
  private Long groupId;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "operation_hold_number", joinColumns = @JoinColumn(name = "hold_id"))
  @Column(name = "ip_number_id")
  private Set<Long> numbers = new HashSet<>();

  @Column(name = "operation_id")
  private Long operationId;

  @Column(name = "acquired_at", nullable = false)
  private Instant acquiredAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Version private long version;

  protected OperationHold() {}

  OperationHold(
      OperationKind kind,
      long customerId,
      String account,
      HoldTarget target,
      Instant acquiredAt,
      Instant expiresAt) {
    this.kind = Objects.requireNonNull(kind);
    this.customerId = customerId;
    this.account = Objects.requireNonNull(account);
    this.siteId = target.siteId();
    this.groupId = target.groupId();
    this.numbers.addAll(target.numbers());
    this.acquiredAt = acquiredAt;
    this.expiresAt = expiresAt;
  }

  /** A bulk upload's or download's hold, given back when its history entry finishes. */
  static OperationHold forEntry(
      OperationKind kind,
      long operationId,
      long customerId,
      String account,
      long siteId,
      Instant acquiredAt,
      Instant expiresAt) {
    OperationHold hold =
        new OperationHold(
            kind,
            customerId,
            account,
            new HoldTarget(siteId, null, Set.of()),
            acquiredAt,
            expiresAt);
    hold.operationId = operationId;
    return hold;
  }

  public Long id() {
    return id;
  }

  public OperationKind kind() {
    return kind;
  }

  public long customerId() {
    return customerId;
  }

  public String account() {
    return account;
  }

  public long siteId() {
    return siteId;
  }

  public Long groupId() {
    return groupId;
  }

  /** The history entry whose end gives the hold back, if any. */
  public Long operationId() {
    return operationId;
  }

  public Instant acquiredAt() {
    return acquiredAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
