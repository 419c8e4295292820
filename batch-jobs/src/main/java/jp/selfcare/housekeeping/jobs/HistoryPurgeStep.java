package jp.selfcare.housekeeping.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.history.HistoryPurge;

/** The purge's one step: its exit status says how many entries went ("deleted 12"). */
@Named
@Dependent
public class HistoryPurgeStep extends AbstractBatchlet {

  @EJB private HistoryPurge purge;

  @Inject private JobContext job;

  @Override
  public String process() {
    String status = "deleted " + purge.purge();
    job.setExitStatus(status);
    return status;
  }
}
