package jp.selfcare.billing.monthly;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Logger;
import jp.selfcare.billing.bills.MonthlyBilling;
import jp.selfcare.cluster.ScheduleFirings;

/**
 * Starts the monthly billing of the month just ended at 03:00 on the first day of a month, Japan
 * time (the month's last calls are delivered within the night; a later run replaces the bills while
 * the month is open). Non-persistent timer: one server runs the billing.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyBillingSchedule {

  private static final Logger LOG = Logger.getLogger(MonthlyBillingSchedule.class.getName());

  @Inject private Clock clock;

  @EJB private ScheduleFirings firings;

  @Schedule(
      dayOfMonth = "1",
      hour = "3",
      minute = "0",
      timezone = "Asia/Tokyo",
      persistent = true,
      info = "monthly billing")
  @PermitAll
  void firstOfTheMonth() {
    firings.fired("monthly billing");
    Properties parameters = new Properties();
    parameters.setProperty(MonthlyBilling.MONTH, MonthlyBilling.lastMonth(clock).toString());
    long execution = BatchRuntime.getJobOperator().start(MonthlyBilling.JOB, parameters);
    LOG.info(() -> "monthly billing started as execution " + execution);
  }
}
