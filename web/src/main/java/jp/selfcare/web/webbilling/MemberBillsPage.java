package jp.selfcare.web.webbilling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import jp.selfcare.web.BarCharts;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.MemberBills;

/**
 * お支払い・請求状況 (/billing/bills.xhtml): the chart of the last 12 months stacked by basic charges,
 * add-on fees and calls; per month the amount, the due date and 未払い / 支払済; a month's bills with
 * their lines (明細).
 */
@Named
@ViewScoped
public class MemberBillsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MemberBills bills;

  private List<MemberBills.MonthSummary> months;
  private List<MemberBills.MonthCharges> charges;
  private YearMonth shown;
  private List<MemberBills.MemberBill> detail;

  @PostConstruct
  void load() {
    months = bills.months();
    charges = bills.chart();
  }

  /** 明細 of a month. */
  public void show(String month) {
    shown = YearMonth.parse(month);
    detail = bills.bills(shown);
  }

  /** The 12 months' charges as a stacked Chart.js bar chart. */
  public String getChart() {
    return BarCharts.stacked(
        charges.stream().map(c -> c.month().toString()).toList(),
        List.of(
            new BarCharts.Series(
                Messages.text("billingBills.chart.basic"),
                charges.stream().map(MemberBills.MonthCharges::basic).toList()),
            new BarCharts.Series(
                Messages.text("billingBills.chart.addOns"),
                charges.stream().map(MemberBills.MonthCharges::addOns).toList()),
            new BarCharts.Series(
                Messages.text("billingBills.chart.calls"),
                charges.stream().map(MemberBills.MonthCharges::calls).toList())));
  }

  public List<MemberBills.MonthSummary> getMonths() {
    return months;
  }

  public String getShown() {
    return shown == null ? null : shown.toString();
  }

  public List<MemberBills.MemberBill> getDetail() {
    return detail;
  }
}
