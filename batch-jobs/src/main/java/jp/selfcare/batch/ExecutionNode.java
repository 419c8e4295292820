package jp.selfcare.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.cluster.JobNodes;

/**
 * Every job's first listener: records which node runs the execution, so that when a node dies
 * another one knows which executions it left running (the job repository does not say).
 */
@Named
@Dependent
public class ExecutionNode extends AbstractJobListener {

  @Inject private JobContext job;

  @EJB private JobNodes nodes;

  @Override
  public void beforeJob() {
    nodes.started(job.getExecutionId());
  }
}
