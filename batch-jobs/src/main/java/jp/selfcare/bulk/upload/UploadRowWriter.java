package jp.selfcare.bulk.upload;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.batch.JobScope;
import jp.selfcare.bulk.csv.SettingsCsv.Parsed;

/**
 * Checks and (unless a dry run) applies a chunk of rows and writes its part of the result file, in
 * the chunk's transaction.
 */
@Named
@Dependent
public class UploadRowWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = UploadJob.OPERATION_ID)
  private String operationId;

  @Inject
  @BatchProperty(name = UploadJob.DRY_RUN)
  private String dryRun;

  @Inject
  @BatchProperty(name = JobScope.CUSTOMER_ID)
  private String customerId;

  @Inject
  @BatchProperty(name = UploadJob.LANGUAGE)
  private String language;

  @Inject
  @BatchProperty(name = JobScope.ROLE)
  private String role;

  @Inject
  @BatchProperty(name = JobScope.SCOPE_ID)
  private String scopeId;

  @EJB private BulkSettingsWork work;

  /** The numbers of the rows so far, for the duplicate rule (at most 100,000). */
  private Set<String> seen;

  private ResultRows result;

  @Override
  public void open(Serializable checkpoint) {
    seen = checkpoint == null ? new HashSet<>() : work.numbersSoFar(Long.parseLong(operationId));
    result = new ResultRows(language, Boolean.parseBoolean(dryRun));
  }

  @Override
  public Serializable checkpointInfo() {
    return Boolean.TRUE;
  }

  @Override
  public void writeItems(List<Object> items) {
    work.apply(
        Long.parseLong(operationId),
        Boolean.parseBoolean(dryRun),
        new BulkSettingsWork.Scope(
            Long.parseLong(customerId), SettingsRole.valueOf(role), Long.parseLong(scopeId)),
        items.stream().map(Parsed.class::cast).toList(),
        seen,
        result);
  }
}
