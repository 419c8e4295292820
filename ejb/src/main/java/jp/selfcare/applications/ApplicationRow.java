package jp.selfcare.applications;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.selfcare.numbers.AddOn;

/** A line of お申し込みの進捗. */
public record ApplicationRow(
    long id,
    String contractNumber,
    ApplicationKind kind,
    Work work,
    Change.Action action,
    String number,
    AddOn addOn,
    String detail,
    LocalDate requestedDate,
    ApplicationState state,
    Integer monthlyFee,
    String appliedBy,
    Instant appliedAt,
    Instant completedAt)
    implements Serializable {

  static ApplicationRow of(ContractApplication a) {
    Change change = a.change();
    return new ApplicationRow(
        a.id(),
        a.contractNumber(),
        a.kind(),
        a.work(),
        change == null ? null : change.action(),
        change == null ? null : change.subject(),
        change == null ? null : change.addOn(),
        a.detail(),
        a.requestedDate(),
        a.state(),
        a.monthlyFee(),
        a.appliedBy(),
        a.appliedAt(),
        a.completedAt());
  }

  /** Whether the customer may still cancel it (a scheduled application not yet done). */
  public boolean cancellable() {
    return kind == ApplicationKind.SCHEDULED && state.open();
  }
}
