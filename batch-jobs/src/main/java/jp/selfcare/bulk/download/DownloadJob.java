package jp.selfcare.bulk.download;

import java.nio.file.Path;
import jp.selfcare.batch.WorkFiles;
import jp.selfcare.history.UserJobs;

/** The job's name, parameters and work file. */
final class DownloadJob {

  static final String NAME = UserJobs.BULK_SETTINGS_DOWNLOAD;
  static final String OPERATION_ID = UserJobs.OPERATION_ID;
  static final String SITE = "site";
  static final String NUMBER_PART = "numberPart";
  static final String SELECTED = "selected";

  private DownloadJob() {}

  static Path workFile(long operationId) {
    return WorkFiles.of("download-" + operationId + ".csv");
  }
}
