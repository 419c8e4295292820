package jp.selfcare.numbers.export;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;

/**
 * Mirrors the job's end into its operation history entry: completed or failed (with the exit
 * status). An operator's restart of a failed execution finishes the same entry again.
 */
@Named
@Dependent
public class OperationOutcomeListener extends AbstractJobListener {

  @Inject
  @BatchProperty(name = NumberInformationJob.OPERATION_ID)
  private String operationId;

  @Inject private JobContext job;

  @EJB private OperationHistory history;

  @Override
  public void afterJob() {
    boolean completed = job.getBatchStatus() == BatchStatus.COMPLETED;
    history.finish(
        Long.parseLong(operationId),
        completed ? OperationState.COMPLETED : OperationState.FAILED,
        completed
            ? null
            : "job "
                + job.getExecutionId()
                + " ended "
                + job.getBatchStatus()
                + " ("
                + job.getExitStatus()
                + ")");
  }
}
