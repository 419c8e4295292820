package jp.selfcare.housekeeping.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.webbilling.MemberRetention;

/** The retention purge's one step: its exit status says how many members went ("deleted 2"). */
@Named
@Dependent
public class MemberRetentionStep extends AbstractBatchlet {

  @EJB private MemberRetention retention;

  @Inject private JobContext job;

  @Override
  public String process() {
    String status = "deleted " + retention.purge();
    job.setExitStatus(status);
    return status;
  }
}
