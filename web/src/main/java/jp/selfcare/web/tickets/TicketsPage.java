package jp.selfcare.web.tickets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.tickets.TicketCategory;
import jp.selfcare.tickets.TicketRefused;
import jp.selfcare.tickets.TicketView;
import jp.selfcare.tickets.Tickets;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.portal.PortalSession;
import org.primefaces.PrimeFaces;

/**
 * 故障・お問い合わせの状況: the tickets of the services the user may read, and チケット発行 (service, category,
 * subject, body, contact mail — the user's own address unless they give another).
 */
@Named
@ViewScoped
public class TicketsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Tickets tickets;

  @Inject private PortalSession session;

  private PagedRows<TicketView> rows;
  private ServiceType service;
  private TicketCategory category;
  private String subject;
  private String body;
  private String contactMail;

  public PagedRows<TicketView> getRows() {
    if (rows == null) {
      rows = new PagedRows<>(tickets::count, tickets::list, TicketView::id);
    }
    return rows;
  }

  /** Opens the form, with the user's own address as the contact. */
  public void start() {
    service = null;
    category = null;
    subject = null;
    body = null;
    contactMail = session.getLoginId();
  }

  public void open() {
    try {
      long id = tickets.open(service, category, subject, body, contactMail);
      Messages.info("tickets.opened", id);
      rows = null;
      PrimeFaces.current().executeScript("PF('newTicket').hide()");
    } catch (TicketRefused e) {
      Messages.errorsFor("newTicketForm:newMessages", "tickets.refused.", e.problems());
    }
  }

  public List<ServiceType> getServices() {
    return List.copyOf(tickets.visibleServices());
  }

  public TicketCategory[] getCategories() {
    return TicketCategory.values();
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public TicketCategory getCategory() {
    return category;
  }

  public void setCategory(TicketCategory category) {
    this.category = category;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getContactMail() {
    return contactMail;
  }

  public void setContactMail(String contactMail) {
    this.contactMail = contactMail;
  }
}
