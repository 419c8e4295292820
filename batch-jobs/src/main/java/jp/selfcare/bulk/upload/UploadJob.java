package jp.selfcare.bulk.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.selfcare.batch.WorkFiles;
import jp.selfcare.history.UserJobs;

/** The job's name, parameters and work files. */
final class UploadJob {

  static final String NAME = UserJobs.BULK_SETTINGS_UPLOAD;
  static final String OPERATION_ID = UserJobs.OPERATION_ID;
  static final String DRY_RUN = "dryRun";
  static final String CHARSET = "charset";
  static final String LANGUAGE = "language";
  static final String CHUNK_SIZE = "chunkSize";

  /** Server property: rows per chunk (default 5,000, the JSL's). */
  static final String CHUNK_SIZE_PROPERTY = "selfcare.bulk.upload.chunk-size";

  private UploadJob() {}

  /** The uploaded file copied out of the database for this node's run of the job. */
  static Path workFile(long operationId) {
    return WorkFiles.of("upload-" + operationId + ".csv");
  }

  /**
   * The uploaded file on this node: the work file, copied out of the database first when this node
   * has none yet (any node can run or restart the job; the copy appears whole or not at all).
   */
  static Path input(DataSource dataSource, long operationId) throws IOException, SQLException {
    Path file = workFile(operationId);
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT content FROM bulk_upload_input WHERE operation_id = ?")) {
      s.setLong(1, operationId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IOException("no uploaded file for operation " + operationId);
        }
        try (InputStream in = rs.getBinaryStream(1)) {
          Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }
}
