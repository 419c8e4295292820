package jp.selfcare.web.tickets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import jp.selfcare.tickets.OperatorTickets;
import jp.selfcare.tickets.TicketRefused;
import jp.selfcare.tickets.TicketState;
import jp.selfcare.tickets.TicketView;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/**
 * The operators' ticket desk: the tickets waiting (受付, 対応中) or all, one ticket's thread, taking it
 * up and answering it (the answer is mailed to the ticket's contact address).
 */
@Named
@ViewScoped
public class OperatorTicketsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OperatorTickets tickets;

  private boolean all;
  private PagedRows<TicketView> rows;
  private TicketView shown;
  private String answer;

  public PagedRows<TicketView> getRows() {
    if (rows == null) {
      Set<TicketState> states =
          all
              ? EnumSet.noneOf(TicketState.class)
              : EnumSet.of(TicketState.RECEIVED, TicketState.IN_PROGRESS);
      rows =
          new PagedRows<>(
              () -> tickets.count(states),
              (first, size) -> tickets.list(states, first, size),
              TicketView::id);
    }
    return rows;
  }

  public void filter() {
    rows = null;
  }

  public void show(TicketView row) {
    shown = tickets.read(row.id()).orElse(null);
    answer = null;
  }

  public void takeUp() {
    act(() -> tickets.takeUp(shown.id()), "operatorTickets.takenUp");
  }

  public void send() {
    act(() -> tickets.answer(shown.id(), answer), "operatorTickets.answered");
  }

  private void act(Runnable step, String done) {
    try {
      step.run();
      Messages.info(done, shown.id());
      shown = tickets.read(shown.id()).orElse(null);
      answer = null;
      rows = null;
    } catch (TicketRefused e) {
      Messages.errors("tickets.refused.", e.problems());
    }
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public TicketView getShown() {
    return shown;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
