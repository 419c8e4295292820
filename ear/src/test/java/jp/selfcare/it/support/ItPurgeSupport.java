package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.selfcare.housekeeping.jobs.HousekeepingJobs;

/**
 * Starts the housekeeping jobs as an operator would (run-as operator) and answers their exit status
 * once they ended; or tries without the role.
 */
@Stateless
@RunAs("operator")
@PermitAll
@Path("history-purge")
@Produces(MediaType.TEXT_PLAIN)
public class ItPurgeSupport {

  @EJB private HousekeepingJobs jobs;

  @EJB private ItAnonymousPurge anonymous;

  /** The settings-history purge job: the number of entries deleted. */
  @POST
  public String purge() throws InterruptedException {
    return run(HousekeepingJobs.HISTORY_PURGE).replace("deleted ", "");
  }

  /** The token-expiry job: its exit status ("links 1, hand-offs 0, …"). */
  @POST
  @Path("token-expiry")
  public String tokenExpiry() throws InterruptedException {
    return run(HousekeepingJobs.TOKEN_EXPIRY);
  }

  private String run(String job) throws InterruptedException {
    long id = jobs.start(job);
    for (int i = 0; i < 600; i++) {
      JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
      if (execution.getBatchStatus() == BatchStatus.COMPLETED) {
        return execution.getExitStatus();
      }
      if (execution.getBatchStatus() == BatchStatus.FAILED) {
        return "FAILED " + execution.getExitStatus();
      }
      Thread.sleep(100);
    }
    return "TIMEOUT";
  }

  /** The same call without the operator role: REFUSED. */
  @POST
  @Path("anonymous")
  public String withoutRole() {
    try {
      return Long.toString(anonymous.purge());
    } catch (EJBAccessException e) {
      return "REFUSED";
    } catch (EJBException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof EJBAccessException) {
          return "REFUSED";
        }
      }
      throw e;
    }
  }
}
