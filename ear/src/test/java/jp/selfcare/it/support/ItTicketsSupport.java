package jp.selfcare.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.stream.Collectors;
import jp.selfcare.demo.DemoLogins;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.portal.PortalLogin;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.tickets.OperatorTickets;
import jp.selfcare.tickets.TicketCategory;
import jp.selfcare.tickets.TicketRefused;
import jp.selfcare.tickets.TicketState;
import jp.selfcare.tickets.TicketView;
import jp.selfcare.tickets.Tickets;

/** Tickets as a given portal user, and the operators' desk (run as operator), in plain text. */
@Stateless
@RunAs("operator")
@PermitAll
@Path("tickets")
@Produces(MediaType.TEXT_PLAIN)
public class ItTicketsSupport {

  @EJB private Tickets tickets;

  @EJB private OperatorTickets desk;

  @EJB private PortalLogin portalLogin;

  @EJB private ItPortalUsers portalUsers;

  @Inject private Caller caller;

  /** Opens a ticket with the body as its first message: the ticket number or REFUSED. */
  @POST
  public String open(
      @QueryParam("as") String as,
      @QueryParam("service") ServiceType service,
      @QueryParam("category") TicketCategory category,
      @QueryParam("subject") String subject,
      @QueryParam("mail") String mail,
      String body) {
    signIn(as);
    try {
      return Long.toString(tickets.open(service, category, subject, body, mail));
    } catch (TicketRefused e) {
      return refused(e);
    }
  }

  /** The user's list: id state subject, one per line. */
  @GET
  public String list(@QueryParam("as") String as) {
    signIn(as);
    return tickets.list(0, 100).stream()
        .map(t -> t.id() + " " + t.state() + " " + t.subject())
        .collect(Collectors.joining("\n"));
  }

  /** A ticket as the user reads it: its state and thread, or NONE. */
  @GET
  @Path("{id}")
  public String read(@PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    return tickets.read(id).map(ItTicketsSupport::text).orElse("NONE");
  }

  @POST
  @Path("{id}/reply")
  public String reply(@PathParam("id") long id, @QueryParam("as") String as, String body) {
    signIn(as);
    try {
      tickets.reply(id, body);
      return "OK";
    } catch (TicketRefused e) {
      return refused(e);
    }
  }

  @POST
  @Path("{id}/close")
  public String close(@PathParam("id") long id, @QueryParam("as") String as) {
    signIn(as);
    tickets.close(id);
    return "OK";
  }

  /** The operators' answer. */
  @POST
  @Path("{id}/answer")
  public String answer(@PathParam("id") long id, String body) {
    try {
      desk.answer(id, body);
      return "OK";
    } catch (TicketRefused e) {
      return refused(e);
    }
  }

  /** The operators' waiting list: ticket ids, oldest change first. */
  @GET
  @Path("waiting")
  public String waiting() {
    return desk.list(EnumSet.of(TicketState.RECEIVED, TicketState.IN_PROGRESS), 0, 200).stream()
        .map(t -> Long.toString(t.id()))
        .collect(Collectors.joining(" "));
  }

  private static String text(TicketView t) {
    return t.state()
        + "\n"
        + t.thread().stream()
            .map(m -> (m.fromOperator() ? "OPERATOR" : m.author()) + ": " + m.body())
            .collect(Collectors.joining("\n"));
  }

  private static String refused(TicketRefused e) {
    return "REFUSED " + e.problems().stream().map(Object::toString).sorted().toList();
  }

  private void signIn(String loginId) {
    String login = loginId == null ? DemoLogins.SAMPLE_ADMIN : loginId;
    caller.signIn(portalLogin.signInOf(portalUsers.idOf(login)));
  }
}
