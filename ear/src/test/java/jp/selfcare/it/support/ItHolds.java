package jp.selfcare.it.support;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.SiteId;

/** Test-only endpoints: take and give back holds in a transaction of their own, as services do. */
@Stateless
@Path("holds")
@Produces(MediaType.TEXT_PLAIN)
public class ItHolds {

  @Inject private Holds holds;

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  /** The hold's id, or "CONFLICT kind account" naming what blocks it. */
  @POST
  @Path("acquire")
  public String acquire(
      @QueryParam("kind") String kind,
      @QueryParam("account") String account,
      @QueryParam("site") String site,
      @QueryParam("group") Long group,
      @QueryParam("numbers") String numbers) {
    Object[] ids =
        em.createQuery(
                "select s.id, p.voiceGroup.customer.id from Site s join s.plan p where s.siteId = :s",
                Object[].class)
            .setParameter("s", new SiteId(site))
            .getSingleResult();
    Set<Long> numberIds =
        numbers == null || numbers.isBlank()
            ? Set.of()
            : Arrays.stream(numbers.split(","))
                .map(
                    n ->
                        em.createQuery(
                                "select n.id from IpNumber n where n.number = :n", Long.class)
                            .setParameter("n", new TelephoneNumber(n))
                            .getSingleResult())
                .collect(Collectors.toSet());
    try {
      return Long.toString(
          holds.acquire(
              OperationKind.valueOf(kind),
              new HoldTarget((Long) ids[0], group, numberIds),
              (Long) ids[1],
              account,
              Holds.EDIT_SCREEN));
    } catch (HoldConflictException e) {
      return "CONFLICT " + e.blocking() + " " + e.account();
    }
  }

  @POST
  @Path("release")
  public String release(@QueryParam("id") long id) {
    holds.release(id);
    return "ok";
  }
}
