package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.selfcare.dashboard.PortalDashboard;
import jp.selfcare.dashboard.ServiceSummary;
import jp.selfcare.history.Operation;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.permission.UserPermissions;
import jp.selfcare.notices.NoticeBoard;
import jp.selfcare.notices.NoticeView;
import jp.selfcare.organisation.ServiceClass;

/**
 * What the dashboard and the menu offer the logged-in user, from their permissions: the services
 * grouped as the service menu groups them, each with its menu, and the user's recent operations.
 */
@Named
@RequestScoped
public class DashboardPage {

  @EJB private PortalAccess access;

  @EJB private PortalDashboard dashboard;

  @EJB private NoticeBoard notices;

  private UserPermissions permissions;
  private Boolean numbersAvailable;
  private Map<ServiceClass, List<ServiceSummary>> services;
  private List<Operation> recent;
  private List<NoticeView> faults;
  private Long unread;

  /** A user in no group sees no service and is told so. */
  public boolean isNoGroup() {
    return permissions().inNoGroup();
  }

  /** Whether the user may read at least one contract's numbers. */
  public boolean isNumbersAvailable() {
    if (numbersAvailable == null) {
      numbersAvailable = permissions().administrator() || !access.readableContractIds().isEmpty();
    }
    return numbersAvailable;
  }

  /** The services the user may see, by service class in the menu's order. */
  public Map<ServiceClass, List<ServiceSummary>> getServices() {
    if (services == null) {
      services =
          dashboard.services().stream()
              .collect(
                  Collectors.groupingBy(
                      s -> s.service().serviceClass(), TreeMap::new, Collectors.toList()));
    }
    return services;
  }

  public List<ServiceClass> getServiceClasses() {
    return List.copyOf(getServices().keySet());
  }

  public List<Operation> getRecentOperations() {
    if (recent == null) {
      recent = dashboard.recentOperations();
    }
    return recent;
  }

  /** Published faults not yet over that touch the user's own contracts. */
  public List<NoticeView> getFaults() {
    if (faults == null) {
      faults = notices.currentFaults();
    }
    return faults;
  }

  /** How many notices of the user's services they have not opened. */
  public long getUnreadNotices() {
    if (unread == null) {
      unread = notices.unread();
    }
    return unread;
  }

  private UserPermissions permissions() {
    if (permissions == null) {
      permissions = access.ofCaller();
    }
    return permissions;
  }
}
