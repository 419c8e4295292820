package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jp.selfcare.history.HistoryPurge;

/** Calls the purge with a role that is not operator, so the container must refuse it. */
@Stateless
@RunAs("nobody")
@PermitAll
public class ItAnonymousPurge {

  @EJB private HistoryPurge purge;

  public int purge() {
    return purge.purgeNow();
  }
}
