package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jp.selfcare.housekeeping.jobs.HousekeepingJobs;

/** Calls the purge with a role that is not operator, so the container must refuse it. */
@Stateless
@RunAs("nobody")
@PermitAll
public class ItAnonymousPurge {

  @EJB private HousekeepingJobs jobs;

  public long purge() {
    return jobs.start(HousekeepingJobs.HISTORY_PURGE);
  }
}
