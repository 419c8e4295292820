package jp.selfcare.billing.monthly;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.billing.bills.BillMonthClosed;
import jp.selfcare.billing.bills.MonthlyBilling;

/** Opens the month for this run; a closed month ends the job here ({@code CLOSED}). */
@Named
@Dependent
public class BillingBegin extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = MonthlyBilling.MONTH)
  private String month;

  @Inject private BillingRun run;

  @Override
  public String process() {
    try {
      run.billing().begin(run.id(), run.execution(), run.month(month));
      return "OPEN";
    } catch (BillMonthClosed e) {
      run.ended("CLOSED");
      return "CLOSED";
    }
  }
}
