package jp.selfcare.bulk.download;

import java.nio.file.Path;

/** The job's name, parameters and work file. */
final class DownloadJob {

  static final String NAME = "bulk-settings-download";
  static final String OPERATION_ID = "operationId";
  static final String CUSTOMER_ID = "customerId";
  static final String ROLE = "role";
  static final String SCOPE_ID = "scopeId";
  static final String SITE = "site";
  static final String NUMBER_PART = "numberPart";

  private DownloadJob() {}

  static Path workFile(long operationId) {
    return Path.of(
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
        .resolve("selfcare")
        .resolve("work")
        .resolve("download-" + operationId + ".csv");
  }
}
