package jp.selfcare.web.numbers;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.selfcare.directory.NumberDirectory;
import jp.selfcare.directory.NumberFilter;
import jp.selfcare.directory.NumberRow;
import jp.selfcare.history.OperationState;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.numbers.export.NumberInformationDownloads;
import jp.selfcare.numbers.export.NumberInformationDownloads.Download;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.InvalidIdentifierException;
import jp.selfcare.organisation.SiteId;
import jp.selfcare.organisation.UnknownContractException;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.LazyDataModel;

/**
 * 番号一覧 (number directory): search numbers by contract, site, part of the number and type; for one
 * contract, start the number-information download and watch it finish.
 */
@Named
@ViewScoped
public class NumberDirectoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NumberDirectory directory;

  @EJB private NumberInformationDownloads downloadService;

  private String contract;
  private String site;
  private String digits;
  private NumberType type;

  private NumberFilter filter = NumberFilter.ALL;
  private LazyDataModel<NumberRow> rows;
  private List<Download> downloads = List.of();

  /** Applies the conditions; a malformed one leaves the previous result and says why. */
  public void search() {
    try {
      filter =
          new NumberFilter(
              null,
              blank(site) ? null : new SiteId(site.strip()),
              selectedContract(),
              digits,
              type);
      rows = null;
      refreshDownloads();
    } catch (InvalidIdentifierException e) {
      Messages.error("error.identifier." + e.kind().replace(' ', '-'));
    } catch (IllegalArgumentException e) {
      Messages.error("error.digits");
    }
  }

  public void clear() {
    contract = null;
    site = null;
    digits = null;
    type = null;
    filter = NumberFilter.ALL;
    rows = null;
    downloads = List.of();
  }

  /** Starts 番号情報ダウンロード for the contract of the current search. */
  public void requestDownload() {
    ContractNumber number = filter.contract();
    if (number == null) {
      Messages.error("numbers.download.needContract");
      return;
    }
    try {
      downloadService.request(number, FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.info("numbers.download.accepted", number.value());
      refreshDownloads();
    } catch (UnknownContractException e) {
      Messages.error("numbers.download.noContract", number.value());
    }
  }

  public LazyDataModel<NumberRow> getRows() {
    if (rows == null) {
      rows = new NumberLazyModel(directory, filter);
    }
    return rows;
  }

  /**
   * Reloads the downloads of the searched contract (after a search, a request, and on each poll
   * while one runs), so rendering the list reads the database once, not once per expression.
   */
  public void refreshDownloads() {
    ContractNumber number = filter.contract();
    try {
      downloads = number == null ? List.of() : downloadService.recent(number);
    } catch (UnknownContractException e) {
      downloads = List.of();
    }
  }

  /** The downloads of the searched contract, newest first; empty without one. */
  public List<Download> getDownloads() {
    return downloads;
  }

  /** Whether any listed download is still running, so the page keeps polling. */
  public boolean isDownloadRunning() {
    return downloads.stream().anyMatch(d -> d.operation().state() == OperationState.RUNNING);
  }

  public String getSearchedContract() {
    return filter.contract() == null ? null : filter.contract().value();
  }

  public List<AddOn> addOnsOf(NumberRow row) {
    return List.copyOf(row.addOns().features());
  }

  public NumberType[] getTypes() {
    return NumberType.values();
  }

  private ContractNumber selectedContract() {
    return blank(contract) ? null : new ContractNumber(contract.strip().toUpperCase(Locale.ROOT));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public String getContract() {
    return contract;
  }

  public void setContract(String contract) {
    this.contract = contract;
  }

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public String getDigits() {
    return digits;
  }

  public void setDigits(String digits) {
    this.digits = digits;
  }

  public NumberType getType() {
    return type;
  }

  public void setType(NumberType type) {
    this.type = type;
  }
}
