package jp.selfcare.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.permission.UserPermissions;

/** What the dashboard and the menu offer the logged-in user, from their permissions. */
@Named
@RequestScoped
public class DashboardPage {

  @EJB private PortalAccess access;

  private UserPermissions permissions;
  private Boolean numbersAvailable;

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

  private UserPermissions permissions() {
    if (permissions == null) {
      permissions = access.ofCaller();
    }
    return permissions;
  }
}
