package jp.selfcare.housekeeping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jp.selfcare.billing.bills.MonthlyBilling;
import jp.selfcare.billing.calls.CallRecordImports;
import jp.selfcare.cluster.ClusterMembers;
import jp.selfcare.cluster.JobNodes;
import jp.selfcare.cluster.ThisNode;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.UserJobs;
import jp.selfcare.provisioning.OrderImports;

/**
 * Resumes the jobs that a crash or a kill interrupted — bulk forwarding activations, bulk settings
 * uploads and downloads, number information downloads, service-order imports, call-record imports,
 * the monthly billing — so that each continues after its last committed chunk and its history entry
 * follows the new execution. A group is thus never left in 開始設定中 / 停止設定中 by a crash (in a disaster
 * the forwarding must go on without an operator), an upload ends with every row applied once and an
 * import with every order applied once. A job that failed by itself is left to the operators
 * (history entry failed; restart-job in the CLI).
 *
 * <p>Which executions were interrupted: those the job repository still shows as running whose node
 * ({@link JobNodes}, recorded by each job's first listener) is not running them — this node's own
 * from before its start (looked at once, just after start-up), or a node that left the cluster
 * (looked at every {@value #EVERY_SECONDS} seconds on every node; WildFly's group drops a killed
 * node within seconds). Exactly one node resumes each execution: the one that wins its claim.
 * JBeret's {@code detect} restart mode refuses, besides, an execution that runs in this JVM.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterruptedJobs {

  private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

  static final int EVERY_SECONDS = 15;

  /**
   * The users' jobs (their history entry follows the restart), the service-order import, the
   * call-record import and the monthly billing.
   */
  private static final List<String> RESUMED =
      Stream.concat(
              UserJobs.RESUMED_AFTER_A_CRASH.stream(),
              Stream.of(OrderImports.JOB, CallRecordImports.JOB, MonthlyBilling.JOB))
          .toList();

  /** When this JVM started: an execution this node started before then was cut off by its end. */
  private static final Instant STARTED =
      Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

  @Resource private TimerService timers;

  @EJB private OperationHistory history;

  @EJB private JobNodes nodes;

  @Inject private ClusterMembers cluster;

  /** Waits for the deployment to finish starting, so the job's artifacts are there. */
  @PostConstruct
  void schedule() {
    timers.createSingleActionTimer(3_000, new TimerConfig("resume interrupted jobs", false));
  }

  /** Just after start-up: this node's own executions cut off by its end, and any dead node's. */
  @Timeout
  void afterStart() {
    resume(true);
  }

  /** The executions of nodes that left the cluster. */
  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/" + EVERY_SECONDS,
      persistent = false,
      info = "resume a dead node's jobs")
  void everyFewSeconds() {
    resume(false);
  }

  private void resume(boolean afterStart) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Set<String> known = operator.getJobNames();
    Set<String> members = null;
    for (String job : RESUMED) {
      if (!known.contains(job)) {
        continue;
      }
      for (long id : operator.getRunningExecutions(job)) {
        if (members == null) {
          members = cluster.names();
        }
        if (interrupted(id, afterStart, members)) {
          resume(operator, job, id);
        }
      }
    }
  }

  /** Whether the execution, shown as running, runs nowhere — and this node won the claim on it. */
  private boolean interrupted(long executionId, boolean afterStart, Set<String> members) {
    Optional<JobNodes.Run> run = nodes.of(executionId);
    if (run.isEmpty()) {
      // started before nodes were recorded (or has not reached its first listener yet): only a
      // lone server just started knows it cannot be running
      return afterStart && members.equals(Set.of(ThisNode.NAME));
    }
    String node = run.get().node();
    boolean cutOff =
        node.equals(ThisNode.NAME)
            ? afterStart && run.get().startedAt().isBefore(STARTED)
            : !members.contains(node);
    return cutOff && nodes.claim(executionId);
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
                  + " interrupted by the end of its server, as execution "
                  + restarted);
    } catch (JobRestartException e) {
      // detect: most often the execution runs in this server (started since it came up)
      LOG.info(() -> job + " execution " + executionId + " not resumed: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "could not resume " + job + " execution " + executionId);
    }
  }
}
