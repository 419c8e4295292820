package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.persistence.NumberRows;
import jp.selfcare.routing.RoutingCache;
import jp.selfcare.routing.RoutingChanges;

/**
 * The routing change log as the nodes of a cluster see it: this node's cache version, the nodes'
 * reports, and a change that reaches the log but not the topic (a lost message).
 */
@Stateless
@RunAs("operator")
@PermitAll
@Path("routing-changes")
@Produces(MediaType.TEXT_PLAIN)
public class ItRoutingChanges {

  @PersistenceContext private EntityManager em;

  @EJB private RoutingChanges log;

  @EJB private RoutingCache cache;

  /** "version missing latest node" of this node's cache. */
  @GET
  @Path("version")
  public String version() {
    RoutingCache.Stats stats = cache.stats();
    return stats.version() + " " + stats.missing() + " " + log.latest() + " " + cache.node();
  }

  /** Every node's last report: "node version missing" lines. */
  @GET
  @Path("nodes")
  public String nodes() {
    return cache.versions().nodes().stream()
        .map(n -> n.node() + " " + n.version() + " " + n.missing())
        .collect(Collectors.joining("\n"));
  }

  /**
   * Adds a caller to a number's nuisance list straight in the database and writes the log entry, in
   * one transaction, but publishes nothing: what a change looks like to a node whose topic message
   * was lost. Answers the entry's id.
   */
  @POST
  @Path("unannounced-nuisance")
  public String unannouncedNuisance(
      @QueryParam("number") String number, @QueryParam("blocked") String blocked) {
    long ipNumberId =
        NumberRows.id(
            em.createNativeQuery("SELECT id FROM ip_number WHERE number = ?1")
                .setParameter(1, number)
                .getSingleResult());
    em.createNativeQuery(
            "INSERT INTO nuisance_entry (ip_number_id, blocked_number, registered_at)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, ipNumberId)
        .setParameter(2, blocked)
        .setParameter(3, java.sql.Timestamp.from(Instant.now()))
        .executeUpdate();
    return Long.toString(log.record(NumbersChanged.Part.ALL, List.of(ipNumberId)).get(0).id());
  }
}
