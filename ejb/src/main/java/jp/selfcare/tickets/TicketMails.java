package jp.selfcare.tickets;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;

/** The mail a ticket's contact address receives when an operator answers. */
final class TicketMails {

  private TicketMails() {}

  /**
   * チケット回答のお知らせ: the ticket number, its subject and the link to its thread (the answer itself is
   * read in the portal, behind the login).
   *
   * @param messageId the answer's id: one mail per answer, whatever is retried
   */
  static MailMessage answered(Ticket ticket, long messageId, String siteUrl) {
    ResourceBundle text =
        ResourceBundle.getBundle("jp.selfcare.tickets.mail", ticket.mailLanguage());
    return new MailMessage(
        "ticket-answer-" + messageId,
        ticket.contactMail(),
        MessageFormat.format(text.getString("answered.subject"), ticket.id()),
        MessageFormat.format(
            text.getString("answered.body"),
            ticket.id(),
            ticket.subject(),
            siteUrl + "/portal/ticket.xhtml?id=" + ticket.id()));
  }
}
