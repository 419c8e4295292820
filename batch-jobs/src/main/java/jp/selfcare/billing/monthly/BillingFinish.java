package jp.selfcare.billing.monthly;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.billing.bills.MonthlyBilling;

/** Records when the month was computed; the job ends {@code BILLED}. */
@Named
@Dependent
public class BillingFinish extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = MonthlyBilling.MONTH)
  private String month;

  @Inject private BillingRun run;

  @Override
  public String process() {
    run.billing().finish(run.id(), run.execution(), run.month(month));
    run.ended("BILLED");
    return "BILLED";
  }
}
