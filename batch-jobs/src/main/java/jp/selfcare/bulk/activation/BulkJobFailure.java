package jp.selfcare.bulk.activation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.bulk.BulkActivations;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.history.OperationState;

/**
 * A bulk job (activation, settings upload or download) that ends without completing (failed or
 * stopped) marks its history entry failed. For an activation, the group stays in its transitional
 * state and keeps its hold until an operator restarts the execution, which continues after the last
 * committed chunk and completes the same entry. An upload's or download's holds end with its entry
 * ({@link OperationHistory#finish}): the sites are free again, and a restart runs without them.
 */
@Named
@Dependent
public class BulkJobFailure extends AbstractJobListener {

  @Inject
  @BatchProperty(name = BulkActivations.OPERATION_ID)
  private String operationId;

  @Inject private JobContext job;

  @EJB private OperationHistory history;

  @Override
  public void afterJob() {
    if (job.getBatchStatus() != BatchStatus.COMPLETED) {
      history.finish(
          Long.parseLong(operationId),
          OperationState.FAILED,
          "job "
              + job.getExecutionId()
              + " ended "
              + job.getBatchStatus()
              + " ("
              + job.getExitStatus()
              + "); an operator can restart it");
    }
  }
}
