package jp.selfcare.tickets;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** A ticket or a message refused as a whole, with every rule it broke; nothing was stored. */
public class TicketRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** The rules of tickets. */
  public enum Problem {
    SERVICE_REQUIRED,
    /** The user may not read any contract of the service. */
    SERVICE_NOT_VISIBLE,
    CATEGORY_REQUIRED,
    SUBJECT_REQUIRED,
    SUBJECT_TOO_LONG,
    BODY_REQUIRED,
    BODY_TOO_LONG,
    CONTACT_MAIL_INVALID,
    /** The ticket is closed: nothing more is written to it. */
    CLOSED
  }

  public TicketRefused(Set<Problem> problems) {
    super("ticket", problems);
  }
}
