package jp.selfcare.tickets;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.persistence.Pages;
import jp.selfcare.tickets.TicketRefused.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The operators' side of tickets: every customer's tickets by state, taking one up (対応中), and
 * answering (回答済), which mails the ticket's contact address in the same transaction.
 */
@Stateless
@RolesAllowed(AuditTrail.OPERATOR)
public class OperatorTickets {

  /** Largest page of the operators' list. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @Inject private Clock clock;

  @Inject private TicketThreads threads;

  @EJB private MailOutbox mail;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  private String siteUrl;

  /** One page of the tickets in the given states (all states when empty), oldest change first. */
  public List<TicketView> list(Set<TicketState> states, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    return em
        .createQuery(
            "select t from Ticket t where t.state in :s order by t.updatedAt, t.id", Ticket.class)
        .setParameter("s", states.isEmpty() ? EnumSet.allOf(TicketState.class) : states)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(t -> threads.summary(t, List.of()))
        .toList();
  }

  public long count(Set<TicketState> states) {
    return em.createQuery("select count(t) from Ticket t where t.state in :s", Long.class)
        .setParameter("s", states.isEmpty() ? EnumSet.allOf(TicketState.class) : states)
        .getSingleResult();
  }

  public Optional<TicketView> read(long ticketId) {
    return Optional.ofNullable(em.find(Ticket.class, ticketId)).map(threads::view);
  }

  /** 対応中: an operator takes the ticket up. */
  public void takeUp(long ticketId) {
    Ticket ticket = open(ticketId);
    ticket.moveTo(TicketState.IN_PROGRESS, clock.instant());
  }

  /**
   * 回答: writes the answer to the thread, marks the ticket 回答済 and queues the answer mail to its
   * contact address — all in one transaction, so an answer is never stored without its mail nor
   * mailed without being stored.
   *
   * @throws TicketRefused for an empty or too long answer, or a closed ticket
   */
  public void answer(long ticketId, String body) {
    Ticket ticket = open(ticketId);
    Set<Problem> problems = TicketThreads.body(body);
    if (!problems.isEmpty()) {
      throw new TicketRefused(problems);
    }
    Instant now = clock.instant();
    long message =
        threads.write(
            ticket, true, "operator:" + context.getCallerPrincipal().getName(), body, now);
    ticket.moveTo(TicketState.ANSWERED, now);
    mail.enqueue(TicketMails.answered(ticket, message, siteUrl));
  }

  private Ticket open(long ticketId) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null || ticket.state() == TicketState.CLOSED) {
      throw new TicketRefused(EnumSet.of(Problem.CLOSED));
    }
    return ticket;
  }
}
