package jp.selfcare.web.bulk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.bulk.csv.CsvRefusedException;
import jp.selfcare.bulk.download.BulkSettingsDownloads;
import jp.selfcare.bulk.upload.BulkSettingsUploads;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.HeldMessage;
import jp.selfcare.web.settings.NumberSearchFields;
import org.primefaces.model.LazyDataModel;

/**
 * 一括設定 (spec 40-bulk-and-batch.md §2, §3): upload a CSV (to apply, or only to check), download the
 * settings of the numbers matching a search, and follow both in the list of this login's recent
 * operations with their result files. A file that is not such a CSV is refused at once.
 */
@Named
@ViewScoped
public class BulkSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The upload and download sections each show their own messages. */
  private static final String UPLOAD = "up:upload";

  private static final String DOWNLOAD = "dl:download";

  @EJB private BulkSettingsUploads uploads;

  @EJB private BulkSettingsDownloads downloads;

  /** The download's search: サイトID and part of the number. */
  private final NumberSearchFields search = new NumberSearchFields();

  private transient Part file;
  private boolean dryRun;
  private List<BulkSettingsUploads.Line> lines;

  /** The search the result list shows (what 検索 took), null before the first. */
  private String searchedSite;

  private String searchedPart;
  private LazyDataModel<BulkSettingsDownloads.Found> found;

  /** Numbers ticked in the result list, kept across its pages. */
  private final Map<String, Boolean> picked = new HashMap<>();

  /** すべて選択: every number matching the search, not only those ticked. */
  private boolean allMatching;

  /** アップロード. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.errorFor(UPLOAD, "bulkSettings.noFile");
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
          file.getSubmittedFileName(),
          dryRun,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      Messages.infoFor(UPLOAD, "bulkSettings.accepted");
      lines = null;
    } catch (CsvRefusedException e) {
      Messages.errorFor(UPLOAD, "bulkSettings.refused." + e.reason().name());
    } catch (HoldConflictException e) {
      HeldMessage.showFor(UPLOAD, "bulk.held", e);
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

  /** 検索: the numbers in scope matching site ID and part of the number; the ticks start empty. */
  public void search() {
    searchedSite = search.getSiteId();
    searchedPart = search.getNumberPart();
    picked.clear();
    allMatching = false;
    String site = searchedSite;
    String part = searchedPart;
    found =
        new PagedRows<>(
            () -> downloads.count(site, part),
            (first, size) -> downloads.search(site, part, first, size),
            BulkSettingsDownloads.Found::number);
  }

  /** ダウンロード: the ticked numbers of the search, or all of them with すべて選択. */
  public void download() {
    if (found == null) {
      Messages.errorFor(DOWNLOAD, "bulkSettings.searchFirst");
      return;
    }
    List<String> numbers =
        picked.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    if (!allMatching && numbers.isEmpty()) {
      Messages.errorFor(DOWNLOAD, "bulkSettings.noneSelected");
      return;
    }
    try {
      if (allMatching) {
        downloads.request(searchedSite, searchedPart);
      } else {
        downloads.request(searchedSite, searchedPart, numbers);
      }
      Messages.infoFor(DOWNLOAD, "bulkSettings.accepted");
      lines = null;
    } catch (NotAllowedException e) {
      Messages.errorFor(DOWNLOAD, "bulkSettings.selectionOutside");
    } catch (HoldConflictException e) {
      HeldMessage.showFor(DOWNLOAD, "bulk.held", e);
    }
  }

  public LazyDataModel<BulkSettingsDownloads.Found> getFound() {
    return found;
  }

  public Map<String, Boolean> getPicked() {
    return picked;
  }

  public boolean isAllMatching() {
    return allMatching;
  }

  public void setAllMatching(boolean allMatching) {
    this.allMatching = allMatching;
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

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public void setDryRun(boolean dryRun) {
    this.dryRun = dryRun;
  }

  public NumberSearchFields getSearch() {
    return search;
  }
}
