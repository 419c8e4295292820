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
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.selfcare.applications.ApplicationRefused;
import jp.selfcare.applications.Change;
import jp.selfcare.applications.ContractApplications;
import jp.selfcare.applications.OperatorApplications;
import jp.selfcare.applications.Work;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.organisation.ContractNumber;

/**
 * Contract applications as a given portal user, and the operators' side (run as operator); every
 * answer in plain text: the application's id, or REFUSED with the rules, or NOT_ALLOWED.
 */
@Stateless
@RunAs("operator")
@PermitAll
@Path("applications")
@Produces(MediaType.TEXT_PLAIN)
public class ItApplicationsSupport {

  @EJB private ContractApplications applications;

  @EJB private OperatorApplications operator;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  @POST
  @Path("immediate")
  public String immediate(
      @QueryParam("as") String as,
      @QueryParam("contract") String contract,
      @QueryParam("action") Change.Action action,
      @QueryParam("number") String number,
      @QueryParam("addOn") AddOn addOn,
      @QueryParam("dialIn") String dialIn) {
    signIn(as);
    return answer(
        () ->
            applications.applyImmediately(
                idOf(contract), new Change(action, number, addOn, dialIn, null)));
  }

  @POST
  @Path("scheduled")
  public String scheduled(
      @QueryParam("as") String as,
      @QueryParam("contract") String contract,
      @QueryParam("work") Work work,
      @QueryParam("date") String date,
      @QueryParam("detail") String detail,
      @QueryParam("action") Change.Action action,
      @QueryParam("number") String number,
      @QueryParam("addOn") AddOn addOn,
      @QueryParam("dialIn") String dialIn,
      @QueryParam("serviceNumber") String serviceNumber) {
    signIn(as);
    Change change =
        action == null ? null : new Change(action, number, addOn, dialIn, serviceNumber);
    return answer(
        () ->
            applications.applyScheduled(
                idOf(contract), work, date == null ? null : LocalDate.parse(date), detail, change));
  }

  @GET
  @Path("earliest")
  public String earliest(@QueryParam("as") String as) {
    signIn(as);
    return applications.earliestWorkDate().toString();
  }

  /**
   * The user's progress list: id contract kind work action number addOn state fee, newest first.
   */
  @GET
  @Path("progress")
  public String progress(@QueryParam("as") String as) {
    signIn(as);
    return applications.progress(null, 0, 50).stream()
        .map(
            r ->
                r.id()
                    + " "
                    + r.contractNumber()
                    + " "
                    + r.kind()
                    + " "
                    + r.work()
                    + " "
                    + r.action()
                    + " "
                    + r.number()
                    + " "
                    + r.addOn()
                    + " "
                    + r.state()
                    + " "
                    + r.monthlyFee()
                    + " "
                    + r.appliedBy())
        .collect(Collectors.joining("\n"));
  }

  @POST
  @Path("cancel/{id}")
  public String cancel(@PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    return answer(
        () -> {
          applications.cancel(id);
          return id;
        });
  }

  /** The operators' move of an application: arrange, complete or cancel. */
  @POST
  @Path("operator/{id}/{move}")
  public String operator(@PathParam("id") long id, @PathParam("move") String move) {
    return answer(
        () -> {
          switch (move) {
            case "arrange" -> operator.arrange(id, "手配しました");
            case "complete" -> operator.complete(id, null);
            case "cancel" -> operator.cancel(id, null);
            default -> throw new IllegalArgumentException(move);
          }
          return id;
        });
  }

  /** The steps of an application as the operators see them: state by account, oldest first. */
  @GET
  @Path("operator/{id}/steps")
  public String steps(@PathParam("id") long id) {
    return operator.steps(id).stream()
        .map(s -> s.state() + " by " + s.by())
        .collect(Collectors.joining("\n"));
  }

  private static String answer(Supplier<Long> call) {
    try {
      return Long.toString(call.get());
    } catch (ApplicationRefused e) {
      return "REFUSED " + e.problems().stream().map(Object::toString).sorted().toList();
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    }
  }

  private long idOf(String contract) {
    return em.createQuery("select c.id from Contract c where c.number = :n", Long.class)
        .setParameter("n", new ContractNumber(contract))
        .getSingleResult();
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }
}
