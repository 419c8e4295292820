package jp.selfcare.housekeeping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jp.selfcare.billing.bills.MonthlyBilling;
import jp.selfcare.billing.calls.CallRecordImports;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.UserJobs;
import jp.selfcare.provisioning.OrderImports;

/**
 * Resumes the jobs that a crash or a kill interrupted — bulk forwarding activations, bulk settings
 * uploads and downloads, number information downloads, service-order imports: at start-up, every
 * execution of these jobs that the job repository still shows as running cannot be running (this
 * server has just started), so it is restarted — JBeret's {@code detect} restart mode checks that —
 * and continues after its last committed chunk, and its history entry follows the new execution. A
 * group is thus never left in 開始設定中 / 停止設定中 by a crash (in a disaster the forwarding must go on
 * without an operator), an upload ends with every row applied once and an import with every order
 * applied once. A job that failed by itself is left to the operators (history entry failed;
 * restart-job in the CLI).
 *
 * <p>One server per job repository is assumed (a cluster would restart another node's running
 * executions; {@code detect} guards only this JVM's).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedJobs {

  private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

  /**
   * The users' jobs (their history entry follows the restart), the service-order import, the
   * call-record import and the monthly billing.
   */
  private static final List<String> RESUMED =
      Stream.concat(
              UserJobs.RESUMED_AFTER_A_CRASH.stream(),
              Stream.of(OrderImports.JOB, CallRecordImports.JOB, MonthlyBilling.JOB))
          .toList();

  @Resource private TimerService timers;

  @EJB private OperationHistory history;

  /** Waits for the deployment to finish starting, so the job's artifacts are there. */
  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(3_000, new TimerConfig("resume interrupted jobs", false));
  }

  @Timeout
  void resume() {
    JobOperator operator = BatchRuntime.getJobOperator();
    Set<String> known = operator.getJobNames();
    for (String job : RESUMED) {
      if (known.contains(job)) {
        operator.getRunningExecutions(job).forEach(id -> resume(operator, job, id));
      }
    }
  }

  private void resume(JobOperator operator, String job, long executionId) {
    try {
      Properties parameters = operator.getParameters(executionId);
      Properties restart = new Properties();
      restart.putAll(parameters);
      restart.setProperty("jberet.restart.mode", "detect");
      long restarted = operator.restart(executionId, restart);
      String operation = parameters.getProperty(UserJobs.OPERATION_ID);
      if (operation != null) {
        history.attachJob(Long.parseLong(operation), restarted);
      }
      LOG.info(
          () ->
              "resumed "
                  + job
                  + " execution "
                  + executionId
                  + " interrupted by a stop of the server, as execution "
                  + restarted);
    } catch (JobRestartException e) {
      // detect: most often the execution runs in this server (started since it came up)
      LOG.info(() -> job + " execution " + executionId + " not resumed: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "could not resume " + job + " execution " + executionId);
    }
  }
}
