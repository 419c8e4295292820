package jp.selfcare.web.tickets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.tickets.TicketRefused;
import jp.selfcare.tickets.TicketView;
import jp.selfcare.tickets.Tickets;
import jp.selfcare.web.i18n.Messages;

/** One ticket (?id=): its thread, a reply, and 完了 (close). */
@Named
@ViewScoped
public class TicketPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Tickets tickets;

  private long id;
  private TicketView ticket;
  private String reply;

  public void load() {
    ticket = tickets.read(id).orElse(null);
  }

  public void send() {
    try {
      tickets.reply(id, reply);
      reply = null;
      Messages.info("ticket.replied");
      load();
    } catch (TicketRefused e) {
      Messages.errors("tickets.refused.", e.problems());
    }
  }

  public void close() {
    tickets.close(id);
    Messages.info("ticket.closed");
    load();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public TicketView getTicket() {
    return ticket;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
