package jp.selfcare.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.selfcare.billing.bills.BillDifferences;
import jp.selfcare.billing.bills.MonthlyBilling;
import jp.selfcare.billing.bills.MonthlyBilling.MonthRow;
import jp.selfcare.web.i18n.Messages;

/**
 * 月次請求 (/operator/bills.xhtml): the billed months with their state, runs and totals; a run of the
 * monthly billing for a month (open months are recomputed, closed ones refused by the job); 確定 of a
 * computed month.
 */
@Named
@ViewScoped
public class OperatorBillsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MonthlyBilling billing;

  private String month;
  private List<MonthRow> months;
  private String compared;
  private List<BillDifferences.Difference> differences = List.of();

  /** 請求計算: starts the monthly billing of the month entered (yyyy-MM). */
  public void run() {
    YearMonth chosen;
    try {
      chosen = YearMonth.parse(month == null ? "" : month.strip());
    } catch (DateTimeParseException e) {
      Messages.error("operatorBills.invalidMonth");
      return;
    }
    billing.start(chosen);
    Messages.info("operatorBills.started", chosen.toString());
    months = null;
  }

  /** 確定 of a month. */
  public void close(MonthRow row) {
    if (billing.close(YearMonth.parse(row.month()))) {
      Messages.info("operatorBills.closed", row.month());
    } else {
      Messages.error("operatorBills.notClosable", row.month());
    }
    months = null;
  }

  /** 明細の差分 of a month against the month before. */
  public void compare(MonthRow row) {
    compared = row.month();
    differences = billing.differences(YearMonth.parse(row.month()));
  }

  public String getCompared() {
    return compared;
  }

  public List<BillDifferences.Difference> getDifferences() {
    return differences;
  }

  /** Why a line moved, in the page's language. */
  public String reasonsOf(BillDifferences.Difference difference) {
    return difference.reasons().stream()
        .map(r -> Messages.text("operatorBills.reason." + r.name()))
        .collect(java.util.stream.Collectors.joining("・"));
  }

  public List<MonthRow> getMonths() {
    if (months == null) {
      months = billing.months();
    }
    return months;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
