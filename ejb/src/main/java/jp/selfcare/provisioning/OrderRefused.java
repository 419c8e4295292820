package jp.selfcare.provisioning;

import jakarta.ejb.ApplicationException;

/** An order refused for its reason: the transaction rolls back, nothing of it was stored. */
@ApplicationException(rollback = true)
public class OrderRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Reason reason;
  private final String detail;

  public OrderRefused(Reason reason, String detail) {
    super(reason + (detail == null ? "" : ": " + detail));
    this.reason = reason;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** The field, value or number concerned; may be null. */
  public String detail() {
    return detail;
  }
}
