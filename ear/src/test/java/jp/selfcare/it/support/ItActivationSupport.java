package jp.selfcare.it.support;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.selfcare.activation.ActivationNotices;
import jp.selfcare.activation.ActivationPublisher;
import jp.selfcare.activation.ActivationRefused;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.organisation.Contract;
import jp.selfcare.organisation.ContractNumber;

/** 開通案内 for the tests: published for a contract, listed and opened as a given portal user. */
@Stateless
@Path("activation")
@Produces(MediaType.TEXT_PLAIN)
public class ItActivationSupport {

  @EJB private ActivationNotices notices;

  @Inject private ActivationPublisher publisher;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  /** Publishes a notice for the contract, as a service order would; its id. */
  @POST
  @Path("publish")
  public String publish(
      @QueryParam("contract") String contract,
      @QueryParam("password") String password,
      @QueryParam("address") String address) {
    Contract c =
        em.createQuery("select c from Contract c where c.number = :n", Contract.class)
            .setParameter("n", new ContractNumber(contract))
            .getSingleResult();
    publisher.publish(c, password, address);
    em.flush();
    return em.createNativeQuery("SELECT MAX(id) FROM activation_notice WHERE contract_number = ?1")
        .setParameter(1, contract)
        .getSingleResult()
        .toString();
  }

  /** The user's list: id contract available, one per line. */
  @GET
  public String list(@QueryParam("as") String as) {
    signIn(as);
    return notices.list().stream()
        .map(n -> n.id() + " " + n.contractNumber() + " " + n.available())
        .collect(Collectors.joining("\n"));
  }

  @POST
  @Path("code")
  public String code(
      @QueryParam("as") String as,
      @QueryParam("id") long id,
      @QueryParam("password") String password) {
    signIn(as);
    return answer(() -> notices.requestCode(id, password));
  }

  @POST
  @Path("open")
  public String open(
      @QueryParam("as") String as, @QueryParam("id") long id, @QueryParam("code") String code) {
    signIn(as);
    return answer(
        () -> {
          var c = notices.open(id, code);
          return c.contractNumber() + " " + c.lineId() + " " + c.basicNumbers().size();
        });
  }

  /** The PDF's first bytes and its length. */
  @POST
  @Path("pdf")
  public String pdf(
      @QueryParam("as") String as, @QueryParam("id") long id, @QueryParam("code") String code) {
    signIn(as);
    return answer(
        () -> {
          byte[] pdf = notices.pdf(id, code);
          return new String(pdf, 0, 5, StandardCharsets.US_ASCII) + " " + pdf.length;
        });
  }

  private static String answer(Supplier<String> call) {
    try {
      return call.get();
    } catch (ActivationRefused e) {
      return "REFUSED " + e.problems();
    } catch (NotAllowedException e) {
      return "NOT_ALLOWED";
    }
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }
}
