package jp.selfcare.batch;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.audit.AuditTrail;

/**
 * A drop folder's watch: every waiting file claimed into processing/ and its import job started
 * ({@link DropFolder#startWaiting}), each minute by the subclass's timer and at once when an
 * operator asks (今すぐ取込). The subclass is a singleton, so two looks on a node never race for the
 * same file; its timer is persistent, so a cluster looks once a minute on one node — the folder is
 * one shared directory for the cluster (docs/operations.md), and claiming a file is a rename, which
 * only one look can win.
 */
@RolesAllowed(AuditTrail.OPERATOR)
public abstract class FolderWatch {

  private static final Logger LOG = Logger.getLogger(FolderWatch.class.getName());

  private final DropFolder folder;
  private final String job;
  private final String fileParameter;

  /**
   * @param job the import job started for each file
   * @param fileParameter the job parameter naming the file
   */
  protected FolderWatch(DropFolder folder, String job, String fileParameter) {
    this.folder = folder;
    this.job = job;
    this.fileParameter = fileParameter;
  }

  /** The timer's look: a folder that cannot be read is logged, and the next minute tries again. */
  protected void look() {
    try {
      startWaiting();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> job + " folder " + folder.root() + " not read");
    }
  }

  /**
   * Starts the import of every file waiting in the folder now (the operators' screen).
   *
   * @return the files started, by their original names
   */
  public List<String> importNow() throws IOException {
    return startWaiting();
  }

  /** Where the files arrive. */
  public String folder() {
    return folder.root().toAbsolutePath().toString();
  }

  private List<String> startWaiting() throws IOException {
    return folder.startWaiting(job, fileParameter);
  }
}
