package jp.selfcare.housekeeping.jobs;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.selfcare.housekeeping.TokenExpiry;

/** Token expiry's one step: its exit status says what went ("links 1, hand-offs 0, …"). */
@Named
@Dependent
public class TokenExpiryStep extends AbstractBatchlet {

  @EJB private TokenExpiry expiry;

  @Inject private JobContext job;

  @Override
  public String process() {
    String status = expiry.run().toString();
    job.setExitStatus(status);
    return status;
  }
}
