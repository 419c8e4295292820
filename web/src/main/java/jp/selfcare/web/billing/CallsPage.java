package jp.selfcare.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Locale;
import jp.selfcare.billing.station.BillingStation;
import jp.selfcare.billing.station.CallRow;
import jp.selfcare.billing.station.CallSearch;
import jp.selfcare.billing.station.CallSearchRefused;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.history.OperationType;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;

/** 通話明細: the calls of a period (and some calling numbers), newest first, paged on the server. */
@Named
@ViewScoped
public class CallsPage extends StationPage {

  private static final long serialVersionUID = 1L;

  @EJB private BillingStation station;

  private final CallSearchForm form = new CallSearchForm();
  private CallSearch search = form.search();
  private PagedRows<CallRow> rows;

  /** 検索: every rule the search breaks is named; the previous result stays then. */
  public void search() {
    CallSearch asked = form.search();
    if (!asked.problems().isEmpty()) {
      Messages.errors("calls.refused.", asked.problems());
      return;
    }
    search = asked;
    rows = null;
  }

  @Override
  protected OperationType downloadType() {
    return OperationType.CALL_DETAILS_DOWNLOAD;
  }

  /** The calls shown (the last search that passed). */
  @Override
  protected void requestDownload(StationDownloads service, Locale language) {
    service.requestCalls(search, false, language);
  }

  public PagedRows<CallRow> getRows() {
    if (rows == null) {
      CallSearch shown = search;
      rows =
          new PagedRows<>(
              () -> count(shown),
              (first, size) -> station.calls(shown, first, size),
              CallRow::callId);
    }
    return rows;
  }

  private long count(CallSearch shown) {
    try {
      return station.callCount(shown);
    } catch (CallSearchRefused e) {
      return 0;
    }
  }

  public CallSearchForm getForm() {
    return form;
  }
}
