package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.stream.Collectors;
import jp.selfcare.contracts.ContractFilter;
import jp.selfcare.contracts.ContractOverview;
import jp.selfcare.contracts.ContractSort;
import jp.selfcare.contracts.ContractsRefused;
import jp.selfcare.contracts.Keywords;
import jp.selfcare.dashboard.PortalDashboard;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceClass;
import jp.selfcare.organisation.ServiceType;

/** The contracts list and its details, called as a given portal user, answered in plain text. */
@RequestScoped
@Path("contracts")
@Produces(MediaType.TEXT_PLAIN)
public class ItContractsSupport {

  @EJB private ContractOverview contracts;

  @EJB private PortalDashboard dashboard;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  /** One line per contract: number, status, service, whether the user may edit it. */
  @GET
  @Path("search")
  public String search(
      @QueryParam("as") String as,
      @QueryParam("keywords") String keywords,
      @QueryParam("status") OperationalStatus status,
      @QueryParam("class") ServiceClass serviceClass,
      @QueryParam("service") ServiceType service,
      @QueryParam("sort") ContractSort sort,
      @QueryParam("desc") boolean descending) {
    signIn(as);
    ContractFilter filter =
        new ContractFilter(
            Keywords.parse(keywords), status, serviceClass, service, sort, descending);
    return contracts.search(filter, 0, 100).stream()
            .map(
                r ->
                    r.contractNumber()
                        + " "
                        + r.status()
                        + " "
                        + r.service()
                        + " "
                        + (r.mayEdit() ? "EDIT" : "READ")
                        + " "
                        + r.memo())
            .collect(Collectors.joining("\n"))
        + "\ncount="
        + contracts.count(filter);
  }

  /** The dashboard: one line per service (contracts, faults, editable), then recent operations. */
  @GET
  @Path("dashboard")
  public String dashboard(@QueryParam("as") String as) {
    signIn(as);
    return dashboard.services().stream()
            .map(s -> s.service() + " " + s.contracts() + " " + s.faults() + " " + s.editable())
            .collect(Collectors.joining("\n"))
        + "\nrecent="
        + dashboard.recentOperations().stream()
            .map(o -> o.type() + ":" + o.target())
            .collect(Collectors.joining(","));
  }

  @POST
  @Path("memo")
  public String memo(
      @QueryParam("as") String as,
      @QueryParam("contract") String contract,
      @QueryParam("memo") String memo) {
    signIn(as);
    try {
      contracts.changeMemo(idOf(contract), memo);
      return "OK";
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    } catch (ContractsRefused e) {
      return "REFUSED " + e.problems();
    }
  }

  /** The detail as key=value lines, or NONE. */
  @GET
  @Path("detail")
  public String detail(@QueryParam("as") String as, @QueryParam("contract") String contract) {
    signIn(as);
    long id = idOf(contract);
    return contracts
        .detail(id)
        .map(
            d ->
                "group="
                    + d.contract().voiceGroupId()
                    + "\naddress="
                    + d.address()
                    + "\naccessLine="
                    + d.accessLine()
                    + "\nnumbers="
                    + (d.basicNumbers() + d.dialIns())
                    + "\nfirstBasic="
                    + contracts.basicNumbers(id, 0, 1).stream()
                        .map(
                            b ->
                                b.number()
                                    + " channels="
                                    + b.channels()
                                    + " dialIns="
                                    + b.dialIns())
                        .findFirst()
                        .orElse("-"))
        .orElse("NONE");
  }

  /** A basic number's page: SIP-ID, add-ons, dial-ins; or NONE. */
  @GET
  @Path("number")
  public String number(
      @QueryParam("as") String as,
      @QueryParam("contract") String contract,
      @QueryParam("number") String number) {
    signIn(as);
    return contracts
        .number(idOf(contract), number)
        .map(
            n ->
                "sipId="
                    + n.sipId()
                    + "\nhasSipPassword="
                    + n.hasSipPassword()
                    + "\naddOns="
                    + n.addOns().features()
                    + "\ndialIns="
                    + n.dialIns().size())
        .orElse("NONE");
  }

  @POST
  @Path("sip")
  public String sip(
      @QueryParam("as") String as,
      @QueryParam("contract") String contract,
      @QueryParam("number") String number) {
    signIn(as);
    return contracts.sipPassword(idOf(contract), number).orElse("NONE");
  }

  /** Sets a contract's operational status directly (as a gateway's fault report would). */
  @POST
  @Path("status")
  @Transactional
  public String status(
      @QueryParam("contract") String contract, @QueryParam("status") OperationalStatus status) {
    em.createQuery("update Contract c set c.operationalStatus = :s where c.number = :n")
        .setParameter("s", status)
        .setParameter("n", new ContractNumber(contract))
        .executeUpdate();
    return "OK";
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
