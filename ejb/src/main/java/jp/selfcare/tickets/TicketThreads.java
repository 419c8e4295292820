package jp.selfcare.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.persistence.SqlValues;
import jp.selfcare.tickets.TicketRefused.Problem;

/** The threads of tickets: writing a message and reading a ticket with its thread. */
@ApplicationScoped
class TicketThreads {

  @PersistenceContext private EntityManager em;

  /** The problems of a message body. */
  static Set<Problem> body(String body) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      problems.add(Problem.BODY_REQUIRED);
    }
    if (text.length() > Ticket.BODY_MAX) {
      problems.add(Problem.BODY_TOO_LONG);
    }
    return problems;
  }

  /** Adds a message to the thread; returns its id. */
  long write(Ticket ticket, boolean fromOperator, String author, String body, Instant at) {
    em.createNativeQuery(
            "INSERT INTO ticket_message (ticket_id, from_operator, author, body, written_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, ticket.id())
        .setParameter(2, fromOperator)
        .setParameter(3, author)
        .setParameter(4, body.strip())
        .setParameter(5, at)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "SELECT MAX(id) FROM ticket_message WHERE ticket_id = ?1 AND written_at = ?2")
                .setParameter(1, ticket.id())
                .setParameter(2, at)
                .getSingleResult())
        .longValue();
  }

  /** The ticket with its thread, oldest message first. */
  @SuppressWarnings("unchecked")
  TicketView view(Ticket ticket) {
    List<TicketView.Message> thread =
        ((List<Object[]>)
                em.createNativeQuery(
                        "SELECT from_operator, author, body, written_at FROM ticket_message"
                            + " WHERE ticket_id = ?1 ORDER BY written_at, id")
                    .setParameter(1, ticket.id())
                    .getResultList())
            .stream()
                .map(
                    r ->
                        new TicketView.Message(
                            Boolean.TRUE.equals(r[0]),
                            (String) r[1],
                            (String) r[2],
                            SqlValues.instant(r[3])))
                .toList();
    return summary(ticket, thread);
  }

  TicketView summary(Ticket ticket, List<TicketView.Message> thread) {
    String customer =
        em.createQuery("select c.number.value from Customer c where c.id = :id", String.class)
            .setParameter("id", ticket.customerId())
            .getSingleResult();
    return new TicketView(
        ticket.id(),
        customer,
        ticket.service(),
        ticket.category(),
        ticket.subject(),
        ticket.contactMail(),
        ticket.state(),
        ticket.openedBy(),
        ticket.openedAt(),
        ticket.updatedAt(),
        thread);
  }
}
