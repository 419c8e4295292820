package jp.selfcare.web.contracts;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.selfcare.contracts.ContractFilter;
import jp.selfcare.contracts.ContractOverview;
import jp.selfcare.contracts.ContractRow;
import jp.selfcare.contracts.ContractSort;
import jp.selfcare.contracts.ContractsRefused;
import jp.selfcare.contracts.Keywords;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.organisation.OperationalStatus;
import jp.selfcare.organisation.ServiceClass;
import jp.selfcare.organisation.ServiceType;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.PrimeFaces;

/**
 * ご契約・運用状況の一覧: the contracts the user may read, filtered by keywords, status, service class and
 * service, sorted by a chosen column and paged on the server; the memo of a contract the user may
 * edit is changed in a dialog.
 */
@Named
@ViewScoped
public class ContractsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ContractOverview contracts;

  private String keywords;
  private OperationalStatus status;
  private ServiceClass serviceClass;
  private ServiceType service;
  private ContractSort sort = ContractSort.CONTRACT;
  private boolean descending;

  private ContractFilter filter = ContractFilter.ALL;
  private PagedRows<ContractRow> rows;

  private ContractRow editing;
  private String memo;

  /** Opened from a service's menu: the list of that service. */
  public void open() {
    if (service != null) {
      search();
    }
  }

  /** Applies the conditions; too many words leave the previous result and say why. */
  public void search() {
    try {
      filter =
          new ContractFilter(
              Keywords.parse(keywords), status, serviceClass, service, sort, descending);
      rows = null;
    } catch (IllegalArgumentException e) {
      Messages.error("contracts.keywords.tooMany", Keywords.MAX_WORDS);
    }
  }

  public void clear() {
    keywords = null;
    status = null;
    serviceClass = null;
    service = null;
    sort = ContractSort.CONTRACT;
    descending = false;
    filter = ContractFilter.ALL;
    rows = null;
  }

  public PagedRows<ContractRow> getRows() {
    if (rows == null) {
      rows = PagedRows.of(filter, contracts::count, contracts::search, ContractRow::id);
    }
    return rows;
  }

  /**
   * Opens the memo dialog for the row a memo button names (request parameter {@code contract}):
   * only a row of the page on screen that the user may edit; saving checks the right again.
   */
  public void editRequested() {
    String contract =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("contract");
    editing = null;
    memo = null;
    if (rows != null && rows.getWrappedData() != null) {
      for (ContractRow row : rows.getWrappedData()) {
        if (String.valueOf(row.id()).equals(contract) && row.mayEdit()) {
          editing = row;
          memo = row.memo();
        }
      }
    }
  }

  public void saveMemo() {
    if (editing == null) {
      Messages.error("contracts.memo.notAllowed");
      return;
    }
    try {
      contracts.changeMemo(editing.id(), memo);
      Messages.info("contracts.memo.saved", editing.contractNumber());
      rows = null;
      PrimeFaces.current().executeScript("PF('memoDialog').hide()");
    } catch (ContractsRefused e) {
      Messages.errors("contracts.refused.", e.problems());
    } catch (NotAllowedException e) {
      Messages.error("contracts.memo.notAllowed");
    }
  }

  public OperationalStatus[] getStatuses() {
    return OperationalStatus.values();
  }

  public ServiceClass[] getServiceClasses() {
    return ServiceClass.values();
  }

  public ServiceType[] getServices() {
    return ServiceType.values();
  }

  public ContractSort[] getSorts() {
    return ContractSort.values();
  }

  public String getKeywords() {
    return keywords;
  }

  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  public OperationalStatus getStatus() {
    return status;
  }

  public void setStatus(OperationalStatus status) {
    this.status = status;
  }

  public ServiceClass getServiceClass() {
    return serviceClass;
  }

  public void setServiceClass(ServiceClass serviceClass) {
    this.serviceClass = serviceClass;
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public ContractSort getSort() {
    return sort;
  }

  public void setSort(ContractSort sort) {
    this.sort = sort;
  }

  public boolean isDescending() {
    return descending;
  }

  public void setDescending(boolean descending) {
    this.descending = descending;
  }

  public ContractRow getEditing() {
    return editing;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }
}
