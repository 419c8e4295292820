package jp.selfcare.jobs;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jp.selfcare.identity.NotAllowedException;

/**
 * The check an import's services make on every call from its job: that the call comes from the
 * running execution of that job's instance, so that only the job changes what it imports.
 */
public final class RunningJob {

  private RunningJob() {}

  /**
   * Refuses a call not made by a running execution of the job {@code jobName} whose instance is
   * {@code instanceId}.
   *
   * @throws NotAllowedException otherwise
   */
  public static void require(String jobName, long instanceId, long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      if (!jobName.equals(execution.getJobName())
          || execution.getBatchStatus() != BatchStatus.STARTED
          || operator.getJobInstance(executionId).getInstanceId() != instanceId) {
        throw new NotAllowedException(
            "execution " + executionId + " is not " + jobName + " " + instanceId);
      }
    } catch (NoSuchJobExecutionException e) {
      throw new NotAllowedException("no job execution " + executionId);
    }
  }
}
