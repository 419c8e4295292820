package jp.selfcare.web.webbilling;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.webbilling.MemberBills;
import jp.selfcare.webbilling.MemberDocuments;
import jp.selfcare.webbilling.MemberRefused;

/**
 * A page where the member applies for PDFs and lists them with their files (polled while one is
 * being made): the certificates for a period, the invoices of a month.
 */
public abstract class DocumentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MemberDocuments documents;

  @EJB private MemberBills bills;

  private List<String> months;
  private List<MemberDocuments.Download> downloads;
  private String from;
  private String to;

  /** The kinds this page lists. */
  protected abstract Set<OperationType> kinds();

  /** The kind an application on this page asks for. */
  protected abstract OperationType kind();

  /** 申し込む. */
  public void apply() {
    try {
      documents.request(
          kind(),
          from == null || from.isEmpty() ? null : YearMonth.parse(from),
          to == null || to.isEmpty() ? null : YearMonth.parse(to),
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.info("billingDocuments.accepted");
      downloads = null;
    } catch (MemberRefused e) {
      Refusals.show(e);
    }
  }

  /** Reloads the list (the poll while a document is being made). */
  public void refresh() {
    downloads = null;
  }

  public List<MemberDocuments.Download> getDownloads() {
    if (downloads == null) {
      downloads = documents.recent(kinds());
    }
    return downloads;
  }

  /** Whether a listed document is still being made, so the page keeps polling. */
  public boolean isRunning() {
    return getDownloads().stream().anyMatch(d -> d.operation().state() == OperationState.RUNNING);
  }

  /** The months with a final bill, newest first (what a period is chosen from). */
  public List<String> getMonths() {
    if (months == null) {
      months = bills.months().stream().map(m -> m.month().toString()).toList();
    }
    return months;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
