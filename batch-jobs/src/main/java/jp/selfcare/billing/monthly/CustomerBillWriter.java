package jp.selfcare.billing.monthly;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.billing.bills.MonthlyBilling;

/**
 * Bills each customer of the chunk in a transaction of its own, which replaces what the month held
 * for them: a chunk done again after a restart recomputes the same bills, never a second set. The
 * step counts the lines written (its persistent user data).
 */
@Named
@Dependent
public class CustomerBillWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = MonthlyBilling.MONTH)
  private String month;

  @Inject private BillingRun run;

  @Inject private StepContext step;

  @Override
  public void writeItems(List<Object> items) {
    long lines = step.getPersistentUserData() == null ? 0 : (Long) step.getPersistentUserData();
    for (Object customer : items) {
      lines += run.billing().bill(run.id(), run.execution(), run.month(month), (Long) customer);
    }
    step.setPersistentUserData(lines);
  }
}
