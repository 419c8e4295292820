package jp.selfcare.tickets;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.selfcare.organisation.ServiceType;

/** A ticket as the lists and the thread page show it. */
public record TicketView(
    long id,
    String customerNumber,
    ServiceType service,
    TicketCategory category,
    String subject,
    String contactMail,
    TicketState state,
    String openedBy,
    Instant openedAt,
    Instant updatedAt,
    List<Message> thread)
    implements Serializable {

  public TicketView {
    thread = List.copyOf(thread);
  }

  /** One message of the thread. */
  public record Message(boolean fromOperator, String author, String body, Instant writtenAt)
      implements Serializable {}
}
