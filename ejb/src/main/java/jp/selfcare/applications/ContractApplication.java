package jp.selfcare.applications;

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
import java.time.LocalDate;
import java.util.Objects;
import jp.selfcare.numbers.AddOn;

/** One application: what was asked for which contract, by whom and when, and where it stands. */
@Entity
@Table(name = "contract_application")
public class ContractApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "contract_number", nullable = false, length = 10)
  private String contractNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private ApplicationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "work", nullable = false, length = 20)
  private Work work;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", length = 20)
  private Change.Action action;

  @Column(name = "number", length = 11)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(name = "add_on", length = 30)
  private AddOn addOn;

  @Column(name = "dial_in", length = 11)
  private String dialIn;

  @Column(name = "service_number", length = 11)
  private String serviceNumber;

  @Column(name = "detail", length = ApplicationRules.DETAIL_MAX)
  private String detail;

  @Column(name = "requested_date")
  private LocalDate requestedDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private ApplicationState state;

  /** The change of the monthly list price in yen, tax excluded (negative when a fee ends). */
  @Column(name = "monthly_fee")
  private Integer monthlyFee;

  @Column(name = "applied_by", nullable = false, length = 254)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected ContractApplication() {}

  ContractApplication(
      long customerId,
      long contractId,
      String contractNumber,
      ApplicationKind kind,
      Work work,
      Change change,
      String detail,
      LocalDate requestedDate,
      String appliedBy,
      Instant appliedAt) {
    this.customerId = customerId;
    this.contractId = contractId;
    this.contractNumber = Objects.requireNonNull(contractNumber);
    this.kind = Objects.requireNonNull(kind);
    this.work = Objects.requireNonNull(work);
    if (change != null) {
      this.action = change.action();
      this.number = change.number();
      this.addOn = change.addOn();
      this.dialIn = change.dialIn();
      this.serviceNumber = change.serviceNumber();
      this.monthlyFee = feeChange(change);
    }
    this.detail = detail == null || detail.isBlank() ? null : detail.strip();
    this.requestedDate = requestedDate;
    this.state = ApplicationState.ACCEPTED;
    this.appliedBy = Objects.requireNonNull(appliedBy);
    this.appliedAt = Objects.requireNonNull(appliedAt);
  }

  private static Integer feeChange(Change change) {
    if (!change.action().onAddOn() || change.addOn() == null) {
      return null;
    }
    int fee = change.addOn().monthlyFee();
    return change.action() == Change.Action.ADD_ADD_ON ? fee : -fee;
  }

  void moveTo(ApplicationState next, Instant at) {
    this.state = next;
    if (next == ApplicationState.COMPLETED) {
      this.completedAt = at;
    }
  }

  /** The change the system applies, or null for work described in words. */
  public Change change() {
    return action == null ? null : new Change(action, number, addOn, dialIn, serviceNumber);
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

  public ApplicationKind kind() {
    return kind;
  }

  public Work work() {
    return work;
  }

  public String detail() {
    return detail;
  }

  public LocalDate requestedDate() {
    return requestedDate;
  }

  public ApplicationState state() {
    return state;
  }

  public Integer monthlyFee() {
    return monthlyFee;
  }

  public String appliedBy() {
    return appliedBy;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
