package jp.selfcare.billing.monthly;

import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.YearMonth;
import jp.selfcare.billing.bills.MonthlyBilling;

/** The run the job's steps work on: its month and how it names itself to the services. */
@Dependent
class BillingRun {

  @Inject private JobContext job;

  @EJB private MonthlyBilling billing;

  long id() {
    return job.getInstanceId();
  }

  long execution() {
    return job.getExecutionId();
  }

  YearMonth month(String parameter) {
    return MonthlyBilling.monthOf(parameter);
  }

  MonthlyBilling billing() {
    return billing;
  }

  void ended(String status) {
    job.setExitStatus(status);
  }
}
