package jp.selfcare.web.billing;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.selfcare.billing.station.StationDownloads;
import jp.selfcare.billing.station.StationDownloads.Download;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.web.i18n.Messages;

/**
 * What the Billing Station's pages share: their CSV download of one kind — the request, the list of
 * the user's downloads with their files, the polling while one runs
 * (WEB-INF/includes/station-downloads.xhtml).
 */
public abstract class StationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StationDownloads downloads;

  private List<Download> listed;

  /** The kind of download the page offers. */
  protected abstract OperationType downloadType();

  /** Starts the page's download for what it shows. */
  protected abstract void requestDownload(StationDownloads service, Locale language);

  /** CSVダウンロード. */
  public void download() {
    requestDownload(downloads, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    Messages.info("station.download.accepted");
    listed = null;
  }

  /** Reloads the list (the poll while a download runs). */
  public void refreshDownloads() {
    listed = null;
  }

  public List<Download> getDownloads() {
    if (listed == null) {
      listed = downloads.recent(downloadType());
    }
    return listed;
  }

  /** Whether a listed download is still running, so the page keeps polling. */
  public boolean isDownloadRunning() {
    return getDownloads().stream().anyMatch(d -> d.operation().state() == OperationState.RUNNING);
  }
}
