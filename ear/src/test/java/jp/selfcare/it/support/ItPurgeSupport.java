package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.selfcare.history.HistoryPurge;

/** Runs the settings-history purge as an operator would (run-as operator), or without a role. */
@Stateless
@RunAs("operator")
@PermitAll
@Path("history-purge")
@Produces(MediaType.TEXT_PLAIN)
public class ItPurgeSupport {

  @EJB private HistoryPurge purge;

  @EJB private ItAnonymousPurge anonymous;

  /** The number of entries deleted. */
  @POST
  public String purge() {
    return Integer.toString(purge.purgeNow());
  }

  /** The same call without the operator role: REFUSED. */
  @POST
  @Path("anonymous")
  public String withoutRole() {
    try {
      return Integer.toString(anonymous.purge());
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
