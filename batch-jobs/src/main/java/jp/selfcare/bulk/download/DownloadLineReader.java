package jp.selfcare.bulk.download;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.batch.JobScope;
import jp.selfcare.batch.KeysetReader;

/**
 * Reads the numbers in keyset pages ordered by number; the checkpoint is the last number handed to
 * the writer, so a restart resumes right after the last committed chunk. Memory holds one page.
 */
@Named
@Dependent
public class DownloadLineReader extends KeysetReader<BulkSettingsDownloads.Line, String> {

  private static final int PAGE = 1000;

  public DownloadLineReader() {
    super(PAGE, "");
  }

  @Inject
  @BatchProperty(name = JobScope.CUSTOMER_ID)
  private String customerId;

  @Inject
  @BatchProperty(name = JobScope.ROLE)
  private String role;

  @Inject
  @BatchProperty(name = JobScope.SCOPE_ID)
  private String scopeId;

  @Inject
  @BatchProperty(name = DownloadJob.SITE)
  private String site;

  @Inject
  @BatchProperty(name = DownloadJob.NUMBER_PART)
  private String numberPart;

  @Inject
  @BatchProperty(name = DownloadJob.OPERATION_ID)
  private String operationId;

  /** "true" when the user selected numbers (kept with the operation), else every match. */
  @Inject
  @BatchProperty(name = DownloadJob.SELECTED)
  private String selected;

  @EJB private BulkSettingsDownloads downloads;

  @Override
  protected List<BulkSettingsDownloads.Line> after(String last, int size) {
    return downloads.page(
        Long.parseLong(customerId),
        SettingsRole.valueOf(role),
        Long.parseLong(scopeId),
        site == null ? "" : site,
        numberPart == null ? "" : numberPart,
        Boolean.parseBoolean(selected) ? Long.parseLong(operationId) : -1,
        last,
        size);
  }

  @Override
  protected String keyOf(BulkSettingsDownloads.Line row) {
    return row.number();
  }
}
