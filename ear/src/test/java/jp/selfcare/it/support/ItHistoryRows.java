package jp.selfcare.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoint: makes a settings-history entry look as entries written before the history was
 * typed do (the old and the new value in a setting's earlier compact text), to show they are still
 * read.
 */
@Stateless
@Path("history-rows")
@Produces(MediaType.TEXT_PLAIN)
public class ItHistoryRows {

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  /** Sets the entry's stored old and new value as given; "OK". */
  @POST
  @Path("as-written")
  public String asWritten(
      @QueryParam("operation") long operation,
      @QueryParam("old") String old,
      @QueryParam("new") String now) {
    int updated =
        em.createNativeQuery("UPDATE operation SET old_value = ?1, new_value = ?2 WHERE id = ?3")
            .setParameter(1, old)
            .setParameter(2, now)
            .setParameter(3, operation)
            .executeUpdate();
    return updated == 1 ? "OK" : "NO ENTRY";
  }
}
