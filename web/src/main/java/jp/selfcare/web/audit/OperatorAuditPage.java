package jp.selfcare.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import jp.selfcare.audit.AuditEntry;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/**
 * The operators' audit screen (/operator/audit.xhtml): every customer's authentication events,
 * filtered by customer number and account. The container admits only WildFly application users in
 * the operator role (web.xml), and {@link AuditTrail} checks that role again.
 */
@Named
@ViewScoped
public class OperatorAuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;

  private String customerNumber;
  private String account;
  private LazyDataModel<AuditEntry> entries;

  /** A link may carry the filter: {@code ?customer=N…&account=…}. */
  @PostConstruct
  void start() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    customerNumber = params.get("customer");
    account = params.get("account");
  }

  public void search() {
    entries = null;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      String customer = customerNumber;
      String login = account;
      entries =
          new PagedRows<>(
              () -> trail.operatorCount(customer, login),
              (first, size) -> trail.operatorPage(customer, login, first, size),
              AuditEntry::id);
    }
    return entries;
  }

  public String getCustomerNumber() {
    return customerNumber;
  }

  public void setCustomerNumber(String customerNumber) {
    this.customerNumber = customerNumber;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }
}
