package jp.selfcare.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.audit.AuditEntry;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.web.PagedRows;
import org.primefaces.model.LazyDataModel;

/** 監査ログ: the customer's authentication events, newest first, optionally for one account. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditTrail trail;

  private String account;
  private LazyDataModel<AuditEntry> entries;

  public void search() {
    entries = null;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      String filter = account;
      entries = PagedRows.of(filter, trail::count, trail::page, AuditEntry::id);
    }
    return entries;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }
}
