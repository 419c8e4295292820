package jp.selfcare.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.selfcare.billing.station.BillLineRow;
import jp.selfcare.billing.station.BillingStation;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.history.OperationType;
import jp.selfcare.web.PagedRows;

/**
 * 回線番号別明細: a month's bill lines the user may read — each number's basic charge, add-on fees and
 * calls, a contract's per-line fees — paged on the server; the newest month first.
 */
@Named
@ViewScoped
public class BillLinesPage extends StationPage {

  private static final long serialVersionUID = 1L;

  @EJB private BillingStation station;

  private List<String> months;
  private String month;
  private PagedRows<BillLineRow> rows;

  @PostConstruct
  void start() {
    months = station.months().stream().map(YearMonth::toString).toList();
    month = months.isEmpty() ? null : months.get(0);
  }

  @Override
  protected OperationType downloadType() {
    return OperationType.BILL_LINES_DOWNLOAD;
  }

  @Override
  protected void requestDownload(StationDownloads service, Locale language) {
    service.requestLines(YearMonth.parse(month), language);
  }

  /** Shows the month chosen. */
  public void show() {
    rows = null;
  }

  public PagedRows<BillLineRow> getRows() {
    if (rows == null && month != null) {
      YearMonth shown = YearMonth.parse(month);
      rows =
          new PagedRows<>(
              () -> station.lineCount(shown),
              (first, size) -> station.lines(shown, first, size),
              r -> r.contractNumber() + "/" + r.number());
    }
    return rows;
  }

  public List<String> getMonths() {
    return months;
  }

  public String getMonth() {
    return month;
  }

  /** A month the customer has bills of; anything else leaves the month shown. */
  public void setMonth(String month) {
    if (months.contains(month)) {
      this.month = month;
    }
  }
}
