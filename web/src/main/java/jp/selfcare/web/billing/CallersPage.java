package jp.selfcare.web.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import jp.selfcare.billing.station.BillingStation;
import jp.selfcare.billing.station.CallSearch;
import jp.selfcare.billing.station.CallerTotal;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.history.OperationType;
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
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder charges = Json.createArrayBuilder();
    totals.stream()
        .limit(TOP)
        .forEach(
            t -> {
              labels.add(t.callingNumber());
              charges.add(t.charges());
            });
    return chart("bar", labels, Messages.text("callers.chart.charges"), charges);
  }

  /** The calls of each day, as a Chart.js bar chart. */
  public String getDayChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder calls = Json.createArrayBuilder();
    days.forEach(
        d -> {
          labels.add(d.callingNumber().substring(5));
          calls.add(d.calls());
        });
    return chart("bar", labels, Messages.text("callers.chart.calls"), calls);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, String label, JsonArrayBuilder values) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", values))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  public List<CallerTotal> getTotals() {
    return totals;
  }

  public CallSearchForm getForm() {
    return form;
  }
}
