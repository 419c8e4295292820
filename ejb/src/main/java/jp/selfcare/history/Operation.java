package jp.selfcare.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One accepted operation. Asynchronous operations start {@link OperationState#RUNNING} and are
 * finished by their job; the customer id is kept so every read can be scoped to one customer.
 */
@Entity
@Table(name = "operation")
public class Operation implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int MESSAGE_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "operation_type", nullable = false, length = 40)
  private OperationType type;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "target", nullable = false, length = 100)
  private String target;

  @Column(name = "account", nullable = false, length = 254)
  private String account;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 10)
  private OperationState state;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "message", length = MESSAGE_MAX)
  private String message;

  @Column(name = "rows_done")
  private Integer rowsDone;

  @Column(name = "rows_failed")
  private Integer rowsFailed;

  @Column(name = "ip_number_id")
  private Long ipNumberId;

  @Column(name = "old_value", length = 8000)
  private String oldValue;

  @Column(name = "new_value", length = 8000)
  private String newValue;

  @Column(name = "undo_of")
  private Long undoOf;

  /** The site an operation on a site concerns (bulk forwarding groups and activations). */
  @Column(name = "site_id")
  private Long siteId;

  /** How many rows a job has to do (the history's progress bar), null when not counted. */
  @Column(name = "progress_total")
  private Integer progressTotal;

  /** How many rows are done: advanced by the job's chunks in their transactions only. */
  @Column(name = "progress_done", insertable = false, updatable = false)
  private int progressDone;

  @Version private long version;

  protected Operation() {}

  /** An operation accepted now and still running. */
  public Operation(
      OperationType type, long customerId, String target, String account, Instant acceptedAt) {
    this.type = Objects.requireNonNull(type);
    this.customerId = customerId;
    this.target = Objects.requireNonNull(target);
    this.account = Objects.requireNonNull(account);
    this.acceptedAt = Objects.requireNonNull(acceptedAt);
    this.state = OperationState.RUNNING;
  }

  /**
   * A single-number change, completed when accepted: the settings history keeps the old and the new
   * value for the difference page and 元に戻す.
   */
  public static Operation completedChange(
      OperationType type,
      long customerId,
      String target,
      String account,
      Instant at,
      long ipNumberId,
      String oldValue,
      String newValue) {
    Operation change = new Operation(type, customerId, target, account, at);
    change.ipNumberId = ipNumberId;
    change.oldValue = oldValue;
    change.newValue = newValue;
    change.finish(OperationState.COMPLETED, at, null);
    return change;
  }

  /**
   * Completes a change that is not one number's (e.g. a contract's mobile users) with what it
   * replaced and what it made, for the history's difference page.
   */
  public void recordChange(String old, String now) {
    this.oldValue = old;
    this.newValue = now;
    finish(OperationState.COMPLETED, acceptedAt, null);
  }

  /** The site this operation concerns: accounts whose scope holds it see the entry. */
  public void onSite(long site) {
    this.siteId = site;
  }

  /** The rows the job will do, for the progress bar. */
  public void expect(int rows) {
    this.progressTotal = rows;
  }

  public Optional<Long> siteId() {
    return Optional.ofNullable(siteId);
  }

  /** Done and total rows of a counted job, empty otherwise. */
  public Optional<Progress> progress() {
    return progressTotal == null
        ? Optional.empty()
        : Optional.of(new Progress(progressDone, progressTotal));
  }

  /** Marks this change as the undo of an earlier entry. */
  public void undoes(long operationId) {
    this.undoOf = operationId;
  }

  public Optional<Long> ipNumberId() {
    return Optional.ofNullable(ipNumberId);
  }

  public Optional<String> oldValue() {
    return Optional.ofNullable(oldValue);
  }

  public Optional<String> newValue() {
    return Optional.ofNullable(newValue);
  }

  public Optional<Long> undoOf() {
    return Optional.ofNullable(undoOf);
  }

  void finish(OperationState outcome, Instant at, String detail) {
    if (outcome == OperationState.RUNNING) {
      throw new IllegalArgumentException("an operation finishes as completed or failed");
    }
    this.state = outcome;
    this.finishedAt = at;
    this.message =
        detail == null || detail.length() <= MESSAGE_MAX
            ? detail
            : detail.substring(0, MESSAGE_MAX);
  }

  public Long id() {
    return id;
  }

  public OperationType type() {
    return type;
  }

  public long customerId() {
    return customerId;
  }

  public String target() {
    return target;
  }

  public String account() {
    return account;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public OperationState state() {
    return state;
  }

  public Optional<Long> jobExecutionId() {
    return Optional.ofNullable(jobExecutionId);
  }

  /** What a completed job did, when it counts rows. */
  public Optional<JobCounts> counts() {
    return rowsDone == null ? Optional.empty() : Optional.of(new JobCounts(rowsDone, rowsFailed));
  }

  void count(JobCounts counts) {
    this.rowsDone = counts.done();
    this.rowsFailed = counts.failed();
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }
}
