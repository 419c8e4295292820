package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.notices.NoticeBoard;
import jp.selfcare.notices.NoticeDeliveries;
import jp.selfcare.notices.NoticeKind;
import jp.selfcare.notices.NoticeRefused;
import jp.selfcare.notices.NoticeSubscriptions;
import jp.selfcare.notices.OperatorNotices;
import jp.selfcare.notices.SubscriptionRefused;
import jp.selfcare.organisation.ServiceType;

/**
 * 工事・故障情報 for the tests: subscriptions as a given portal user, notices and faults as the operator
 * (run as operator), the delivery run, and what the tables hold, in plain text.
 */
@Stateless
@RunAs("operator")
@PermitAll
@Path("notices")
@Produces(MediaType.TEXT_PLAIN)
public class ItNoticesSupport {

  @EJB private NoticeSubscriptions subscriptions;

  @EJB private OperatorNotices operator;

  @EJB private NoticeDeliveries deliveries;

  @EJB private NoticeBoard board;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  /** Registers an address; {@code days} as ISO day numbers, e.g. 12345. */
  @POST
  @Path("subscribe")
  public String subscribe(
      @QueryParam("as") String as,
      @QueryParam("service") ServiceType service,
      @QueryParam("address") String address,
      @QueryParam("maintenance") boolean maintenance,
      @QueryParam("fault") boolean fault,
      @QueryParam("days") String days,
      @QueryParam("from") int from,
      @QueryParam("to") int to) {
    signIn(as);
    EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (char d : (days == null ? "" : days).toCharArray()) {
      chosen.add(DayOfWeek.of(d - '0'));
    }
    try {
      return Long.toString(
          subscriptions.register(service, address, maintenance, fault, chosen, from, to));
    } catch (SubscriptionRefused e) {
      return "REFUSED " + e.problems().stream().map(Object::toString).sorted().toList();
    }
  }

  /** An ACTIVE subscription written directly (an address that was fine when it was confirmed). */
  @POST
  @Path("direct")
  public String direct(
      @QueryParam("service") ServiceType service, @QueryParam("address") String address) {
    em.createNativeQuery(
            "INSERT INTO notice_subscription (customer_id, service, address, maintenance, fault,"
                + " days, hour_from, hour_to, state, mail_language, created_by, created_at)"
                + " SELECT id, ?1, ?2, TRUE, TRUE, '1111111', 0, 24, 'ACTIVE', 'ja', 'it', ?3"
                + " FROM customer WHERE customer_number = 'N100000001'")
        .setParameter(1, service.name())
        .setParameter(2, address)
        .setParameter(3, Instant.now())
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT id FROM notice_subscription WHERE address = ?1")
                .setParameter(1, address)
                .getSingleResult())
        .toString();
  }

  /** Many ACTIVE subscriptions at once (benchmarks): {@code count} addresses for the service. */
  @POST
  @Path("many")
  public String many(
      @QueryParam("service") ServiceType service,
      @QueryParam("prefix") String prefix,
      @QueryParam("count") int count) {
    for (int from = 0; from < count; from += 1000) {
      StringBuilder values = new StringBuilder();
      for (int i = from; i < Math.min(count, from + 1000); i++) {
        values
            .append(values.isEmpty() ? "" : ", ")
            .append("('")
            .append(prefix)
            .append(i)
            .append("@bench.example')");
      }
      em.createNativeQuery(
              "INSERT INTO notice_subscription (customer_id, service, address, maintenance, fault,"
                  + " days, hour_from, hour_to, state, mail_language, created_by, created_at)"
                  + " SELECT c.id, ?1, a.address, TRUE, TRUE, '1111111', 0, 24, 'ACTIVE', 'ja',"
                  + " 'bench', ?2 FROM customer c, (VALUES "
                  + values
                  + ") AS a(address) WHERE c.customer_number = 'N100000001'")
          .setParameter(1, service.name())
          .setParameter(2, Instant.now())
          .executeUpdate();
    }
    return Integer.toString(count);
  }

  @GET
  @Path("subscription/{id}")
  public String state(@PathParam("id") long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT state, pause_reason FROM notice_subscription WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return row[0] + (row[1] == null ? "" : " " + row[1]);
  }

  @POST
  @Path("subscription/{id}/resume")
  public String resume(@PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    try {
      subscriptions.resume(id);
      return "OK";
    } catch (SubscriptionRefused e) {
      return "REFUSED " + e.problems();
    }
  }

  /** Publishes a notice (as the operator) with the body as its text. */
  @POST
  @Path("publish")
  public String publish(
      @QueryParam("kind") NoticeKind kind,
      @QueryParam("service") ServiceType service,
      @QueryParam("title") String title,
      @QueryParam("contracts") String contracts,
      String body) {
    return answer(
        () ->
            operator.publish(
                kind,
                service,
                title,
                body,
                Instant.now(),
                null,
                contracts == null ? List.of() : Arrays.asList(contracts.split(","))));
  }

  @POST
  @Path("fault")
  public String fault(@QueryParam("contract") String contract) {
    return answer(() -> operator.markFault(contract, "GW アラーム"));
  }

  @POST
  @Path("fault/clear")
  public String clear(@QueryParam("contract") String contract) {
    return answer(
        () -> {
          operator.clearFault(contract);
          return 0L;
        });
  }

  /** Runs the delivery now; how many mails it queued. */
  @POST
  @Path("deliver")
  public String deliver() {
    return Integer.toString(deliveries.run());
  }

  /** What a portal user's dashboard shows: unread count, then the current faults' contracts. */
  @GET
  @Path("dashboard")
  public String dashboard(@QueryParam("as") String as) {
    signIn(as);
    return board.unread()
        + "\n"
        + board.currentFaults().stream()
            .map(
                n ->
                    n.title()
                        + ": "
                        + n.affected().stream()
                            .map(a -> a.contractNumber() + "@" + a.siteId())
                            .collect(Collectors.joining(",")))
            .collect(Collectors.joining("\n"));
  }

  private static String answer(Supplier<Long> call) {
    try {
      return Long.toString(call.get());
    } catch (NoticeRefused e) {
      return "REFUSED " + e.problems().stream().map(Object::toString).sorted().toList();
    }
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }
}
