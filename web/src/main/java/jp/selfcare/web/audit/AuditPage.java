package jp.selfcare.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.selfcare.audit.AuditEntry;
import jp.selfcare.audit.AuditTrail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
      entries =
          new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
              return Math.toIntExact(trail.count(filter));
            }

            @Override
            public List<AuditEntry> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
              return trail.page(filter, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry entry) {
              return Long.toString(entry.id());
            }
          };
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
