package jp.selfcare.numbers.export;

import java.nio.file.Path;
import jp.selfcare.batch.WorkFiles;
import jp.selfcare.history.UserJobs;

/** Names shared by the job XML, its artifacts and the service that starts it. */
final class NumberInformationJob {

  static final String NAME = UserJobs.NUMBER_INFORMATION_DOWNLOAD;
  static final String OPERATION_ID = UserJobs.OPERATION_ID;
  static final String CONTRACT_NUMBER = "contractNumber";
  static final String LANGUAGE = "language";

  private NumberInformationJob() {}

  /**
   * The operation's scratch folder under the server's data directory. It only holds the work file
   * between the two steps; the results live in the database.
   */
  static Path workDirectory(long operationId) {
    return WorkFiles.of("number-information-" + operationId);
  }

  static Path workFile(long operationId) {
    return workDirectory(operationId).resolve("numbers.csv");
  }
}
