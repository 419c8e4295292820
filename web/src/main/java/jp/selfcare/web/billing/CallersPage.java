package jp.selfcare.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.selfcare.billing.station.BillingStation;
import jp.selfcare.billing.station.CallSearch;
import jp.selfcare.billing.station.CallerTotal;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.history.OperationType;
import jp.selfcare.web.BarCharts;
import jp.selfcare.web.i18n.Messages;

/**
 * 発信元電話番号単位の集計: calls, minutes and charges per calling number for a period, as a table and as
 * charts (the top callers by charge, and the calls per day).
 */
@Named
@ViewScoped
public class CallersPage extends StationPage {

  private static final long serialVersionUID = 1L;

  /** How many callers the chart shows. */
  static final int TOP = 10;

  @EJB private BillingStation station;

  private final CallSearchForm form = new CallSearchForm();
  private List<CallerTotal> totals = List.of();
  private List<CallerTotal> days = List.of();
  private CallSearch shown;

  @PostConstruct
  void start() {
    load(form.search());
  }

  /** 集計: every rule the search breaks is named; the previous result stays then. */
  public void search() {
    CallSearch asked = form.search();
    if (!asked.problems().isEmpty()) {
      Messages.errors("calls.refused.", asked.problems());
      return;
    }
    load(asked);
  }

  @Override
  protected OperationType downloadType() {
    return OperationType.CALLER_TOTALS_DOWNLOAD;
  }

  /** The totals shown (the last search that passed). */
  @Override
  protected void requestDownload(StationDownloads service, Locale language) {
    service.requestCalls(shown, true, language);
  }

  private void load(CallSearch search) {
    shown = search;
    totals = station.perCaller(search);
    days = station.perDay(search);
  }

  /** The top callers by charge, as a Chart.js bar chart. */
  public String getTopChart() {
    List<CallerTotal> top = totals.stream().limit(TOP).toList();
    return BarCharts.bars(
        top.stream().map(CallerTotal::callingNumber).toList(),
        new BarCharts.Series(
            Messages.text("callers.chart.charges"),
            top.stream().map(CallerTotal::charges).toList()));
  }

  /** The calls of each day, as a Chart.js bar chart. */
  public String getDayChart() {
    return BarCharts.bars(
        days.stream().map(d -> d.callingNumber().substring(5)).toList(),
        new BarCharts.Series(
            Messages.text("callers.chart.calls"), days.stream().map(CallerTotal::calls).toList()));
  }

  public List<CallerTotal> getTotals() {
    return totals;
  }

  public CallSearchForm getForm() {
    return form;
  }
}
