package jp.selfcare.tickets;

import jakarta.ejb.EJB;
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
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.persistence.Pages;
import jp.selfcare.tickets.TicketRefused.Problem;

/**
 * A portal user's tickets: opened for a service the user may read, listed and read by the users who
 * may read that service (administrators: all of their customer's), written to until closed.
 */
@Stateless
public class Tickets {

  /** Largest page of the ticket list. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Clock clock;

  @EJB private PortalAccess access;

  @Inject private TicketThreads threads;

  /**
   * Opens a ticket with its first message.
   *
   * @return the ticket number
   * @throws TicketRefused with every rule the ticket breaks (nothing stored)
   */
  public long open(
      ServiceType service,
      TicketCategory category,
      String subject,
      String body,
      String contactMail) {
    PortalSignIn me = caller.requirePortal();
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (service == null) {
      problems.add(Problem.SERVICE_REQUIRED);
    } else if (!visibleServices().contains(service)) {
      problems.add(Problem.SERVICE_NOT_VISIBLE);
    }
    if (category == null) {
      problems.add(Problem.CATEGORY_REQUIRED);
    }
    String title = subject == null ? "" : subject.strip();
    if (title.isEmpty()) {
      problems.add(Problem.SUBJECT_REQUIRED);
    } else if (title.length() > Ticket.SUBJECT_MAX) {
      problems.add(Problem.SUBJECT_TOO_LONG);
    }
    problems.addAll(TicketThreads.body(body));
    String mail = contactMail == null ? "" : contactMail.strip();
    if (!MailAddresses.valid(mail)) {
      problems.add(Problem.CONTACT_MAIL_INVALID);
    }
    if (!problems.isEmpty()) {
      throw new TicketRefused(problems);
    }
    Instant now = clock.instant();
    Ticket ticket =
        new Ticket(
            me.customerId(), service, category, title, mail, me.language(), me.loginId(), now);
    em.persist(ticket);
    em.flush();
    threads.write(ticket, false, me.loginId(), body, now);
    return ticket.id();
  }

  /**
   * Writes to the thread of a ticket that is not closed; the ticket is 受付 again for the operators.
   *
   * @throws TicketRefused for an empty or too long message, or a closed ticket
   */
  public void reply(long ticketId, String body) {
    Ticket ticket =
        visible(ticketId)
            .orElseThrow(() -> new TicketRefused(EnumSet.of(Problem.SERVICE_NOT_VISIBLE)));
    Set<Problem> problems = TicketThreads.body(body);
    if (ticket.state() == TicketState.CLOSED) {
      problems.add(Problem.CLOSED);
    }
    if (!problems.isEmpty()) {
      throw new TicketRefused(problems);
    }
    Instant now = clock.instant();
    threads.write(ticket, false, caller.requirePortal().loginId(), body, now);
    ticket.moveTo(TicketState.RECEIVED, now);
  }

  /** 完了: the customer closes the ticket. */
  public void close(long ticketId) {
    Ticket ticket =
        visible(ticketId)
            .orElseThrow(() -> new TicketRefused(EnumSet.of(Problem.SERVICE_NOT_VISIBLE)));
    if (ticket.state() != TicketState.CLOSED) {
      ticket.moveTo(TicketState.CLOSED, clock.instant());
    }
  }

  /** One page of the tickets the user may read, the most recently changed first. */
  public List<TicketView> list(int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    Set<ServiceType> services = visibleServices();
    if (services.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select t from Ticket t where t.customerId = :c and t.service in :s"
                + " order by t.updatedAt desc, t.id desc",
            Ticket.class)
        .setParameter("c", caller.requirePortal().customerId())
        .setParameter("s", services)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(t -> threads.summary(t, List.of()))
        .toList();
  }

  public long count() {
    Set<ServiceType> services = visibleServices();
    if (services.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "select count(t) from Ticket t where t.customerId = :c and t.service in :s", Long.class)
        .setParameter("c", caller.requirePortal().customerId())
        .setParameter("s", services)
        .getSingleResult();
  }

  /** A ticket with its thread, when the user may read it. */
  public Optional<TicketView> read(long ticketId) {
    return visible(ticketId).map(threads::view);
  }

  /** The services the user may open and read tickets for: those of the contracts they may read. */
  public Set<ServiceType> visibleServices() {
    return access.readableServices();
  }

  private Optional<Ticket> visible(long ticketId) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null
        || ticket.customerId() != caller.requirePortal().customerId()
        || !visibleServices().contains(ticket.service())) {
      return Optional.empty();
    }
    return Optional.of(ticket);
  }
}
