package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import jp.selfcare.bulk.csv.CsvRefusedException;
import jp.selfcare.bulk.download.BulkSettingsDownloads;
import jp.selfcare.bulk.upload.BulkSettingsUploads;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * 一括設定 (spec 40-bulk-and-batch.md §2, §3): upload a CSV (to apply, or only to check), download the
 * settings of the numbers matching a search, and follow both in the list of this login's recent
 * operations with their result files. A file that is not such a CSV is refused at once.
 */
@Named
@ViewScoped
public class BulkSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BulkSettingsUploads uploads;

  @EJB private BulkSettingsDownloads downloads;

  private transient UploadedFile file;
  private boolean dryRun;
  private String siteId;
  private String numberPart;
  private List<BulkSettingsUploads.Line> lines;

  /** アップロード. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("bulkSettings.noFile");
      return;
    }
    Path temp = null;
    try {
      temp = Files.createTempFile("bulk-settings-upload", ".csv");
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      uploads.upload(
          temp,
          file.getFileName(),
          dryRun,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.info("bulkSettings.accepted");
      lines = null;
    } catch (CsvRefusedException e) {
      Messages.error("bulkSettings.refused." + e.reason().name());
    } catch (IOException e) {
      throw new IllegalStateException("upload not readable", e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the temp folder is cleaned by the system
        }
      }
    }
  }

  /** ダウンロード: every number in scope matching the search. */
  public void download() {
    downloads.request(siteId, numberPart);
    Messages.info("bulkSettings.accepted");
    lines = null;
  }

  public void refresh() {
    lines = null;
  }

  public List<BulkSettingsUploads.Line> getLines() {
    if (lines == null) {
      lines = uploads.recent(10);
    }
    return lines;
  }

  /** Whether an operation in the list is still running (the page polls). */
  public boolean isRunning() {
    return getLines().stream().anyMatch(l -> l.state().name().equals("RUNNING"));
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public String getSiteId() {
    return siteId;
  }

  public void setSiteId(String siteId) {
    this.siteId = siteId;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
