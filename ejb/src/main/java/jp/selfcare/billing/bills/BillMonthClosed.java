package jp.selfcare.billing.bills;

import jakarta.ejb.ApplicationException;

/** A closed month's bills are final: nothing recomputes or changes them. */
@ApplicationException(rollback = true)
public class BillMonthClosed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BillMonthClosed(String month) {
    super("the bills of " + month + " are closed");
  }
}
