package jp.selfcare.bulk.upload;

import java.nio.file.Path;
import jp.selfcare.batch.WorkFiles;

/** The job's name, parameters and work files. */
final class UploadJob {

  static final String NAME = "bulk-settings-upload";
  static final String OPERATION_ID = "operationId";
  static final String DRY_RUN = "dryRun";
  static final String CHARSET = "charset";
  static final String LANGUAGE = "language";
  static final String CUSTOMER_ID = "customerId";
  static final String ROLE = "role";
  static final String SCOPE_ID = "scopeId";

  private UploadJob() {}

  /** The uploaded file copied out of the database for this node's run of the job. */
  static Path workFile(long operationId) {
    return WorkFiles.of("upload-" + operationId + ".csv");
  }
}
