package jp.selfcare.web.contracts;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.contracts.BasicNumberRow;
import jp.selfcare.contracts.ContractDetail;
import jp.selfcare.contracts.ContractOverview;
import jp.selfcare.history.OperationState;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.export.NumberInformationDownloads;
import jp.selfcare.numbers.export.NumberInformationDownloads.Download;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.UnknownContractException;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/**
 * A contract's detail (?id=): its data, its basic numbers with channels and dial-in counts (paged),
 * and 番号情報ダウンロード of its numbers. A contract the user may not read shows "not found".
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ContractOverview contracts;

  @EJB private NumberInformationDownloads downloadService;

  private long id;
  private ContractDetail detail;
  private PagedRows<BasicNumberRow> numbers;
  private List<Download> downloads = List.of();

  /** Loads the contract named by the view parameter. */
  public void load() {
    detail = contracts.detail(id).orElse(null);
    if (detail != null) {
      long contractId = id;
      numbers =
          new PagedRows<>(
              () -> detail.basicNumbers(),
              (first, size) -> contracts.basicNumbers(contractId, first, size),
              BasicNumberRow::number);
      refreshDownloads();
    }
  }

  /** Starts 番号情報ダウンロード of this contract's numbers (CSV and XLSX). */
  public void requestDownload() {
    String number = detail.contract().contractNumber();
    try {
      downloadService.request(
          new ContractNumber(number), FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.info("numbers.download.accepted", number);
      refreshDownloads();
    } catch (UnknownContractException e) {
      Messages.error("numbers.download.noContract", number);
    }
  }

  public void refreshDownloads() {
    try {
      downloads = downloadService.recent(new ContractNumber(detail.contract().contractNumber()));
    } catch (UnknownContractException e) {
      downloads = List.of();
    }
  }

  public boolean isDownloadRunning() {
    return downloads.stream().anyMatch(d -> d.operation().state() == OperationState.RUNNING);
  }

  public List<AddOn> addOnsOf(BasicNumberRow row) {
    return List.copyOf(row.addOns().features());
  }

  public List<Download> getDownloads() {
    return downloads;
  }

  public ContractDetail getDetail() {
    return detail;
  }

  public PagedRows<BasicNumberRow> getNumbers() {
    return numbers;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
