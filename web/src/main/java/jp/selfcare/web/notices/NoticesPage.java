package jp.selfcare.web.notices;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.notices.NoticeBoard;
import jp.selfcare.notices.NoticeSubscriptions;
import jp.selfcare.notices.NoticeView;
import jp.selfcare.notices.SubscriptionRefused;
import jp.selfcare.notices.SubscriptionView;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.portal.PortalSession;

/**
 * 工事・故障情報: the notices of the user's services (opening the page marks the shown ones read), and the
 * addresses subscribed to 工事情報メール / 故障情報メール — registered (a provisional mail is sent), resumed when
 * paused, removed.
 */
@Named
@ViewScoped
public class NoticesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NoticeBoard board;

  @EJB private NoticeSubscriptions subscriptions;

  @Inject private PortalSession session;

  private ServiceType service;
  private PagedRows<NoticeView> rows;
  private List<SubscriptionView> subscribed;

  private ServiceType newService;
  private String address;
  private boolean maintenance = true;
  private boolean fault = true;
  private List<String> days = new ArrayList<>(List.of("1", "2", "3", "4", "5", "6", "7"));
  private int fromHour = 0;
  private int toHour = 24;

  public PagedRows<NoticeView> getRows() {
    if (rows == null) {
      rows =
          new PagedRows<>(
              () -> board.count(service),
              (first, size) -> {
                List<NoticeView> page = board.list(service, first, size);
                board.markRead(page.stream().filter(n -> !n.read()).map(NoticeView::id).toList());
                return page;
              },
              NoticeView::id);
    }
    return rows;
  }

  public List<SubscriptionView> getSubscribed() {
    if (subscribed == null) {
      subscribed = subscriptions.list();
    }
    return subscribed;
  }

  public void register() {
    try {
      subscriptions.register(
          newService, address, maintenance, fault, chosenDays(), fromHour, toHour);
      Messages.infoFor("subscriptions:subMessages", "subscriptions.registered", address.strip());
      address = null;
      subscribed = null;
    } catch (SubscriptionRefused e) {
      Messages.errorsFor("subscriptions:subMessages", "subscriptions.refused.", e.problems());
    }
  }

  public void resume(SubscriptionView row) {
    try {
      subscriptions.resume(row.id());
      Messages.infoFor("subscriptions:subMessages", "subscriptions.resumed", row.address());
    } catch (SubscriptionRefused e) {
      Messages.errorsFor("subscriptions:subMessages", "subscriptions.refused.", e.problems());
    } catch (NotAllowedException e) {
      Messages.errorFor("subscriptions:subMessages", "subscriptions.notAllowed");
    }
    subscribed = null;
  }

  public void remove(SubscriptionView row) {
    try {
      subscriptions.remove(row.id());
      Messages.infoFor("subscriptions:subMessages", "subscriptions.removed", row.address());
    } catch (NotAllowedException e) {
      Messages.errorFor("subscriptions:subMessages", "subscriptions.notAllowed");
    }
    subscribed = null;
  }

  /** A window's days as the list shows them (月火水…), in the page's language. */
  public String daysOf(SubscriptionView row) {
    StringBuilder text = new StringBuilder();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (row.window().days().contains(d)) {
        text.append(Messages.text("weekday.short." + d.getValue()));
      }
    }
    return text.toString();
  }

  private EnumSet<DayOfWeek> chosenDays() {
    EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    for (String d : days) {
      chosen.add(DayOfWeek.of(Integer.parseInt(d)));
    }
    return chosen;
  }

  public List<ServiceType> getServices() {
    return List.copyOf(board.visibleServices());
  }

  public List<Integer> getHours() {
    List<Integer> hours = new ArrayList<>();
    for (int h = 0; h <= 24; h++) {
      hours.add(h);
    }
    return hours;
  }

  public String getDefaultAddress() {
    return session.getLoginId();
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public ServiceType getNewService() {
    return newService;
  }

  public void setNewService(ServiceType newService) {
    this.newService = newService;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public boolean isMaintenance() {
    return maintenance;
  }

  public void setMaintenance(boolean maintenance) {
    this.maintenance = maintenance;
  }

  public boolean isFault() {
    return fault;
  }

  public void setFault(boolean fault) {
    this.fault = fault;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days;
  }

  public int getFromHour() {
    return fromHour;
  }

  public void setFromHour(int fromHour) {
    this.fromHour = fromHour;
  }

  public int getToHour() {
    return toHour;
  }

  public void setToHour(int toHour) {
    this.toHour = toHour;
  }
}
