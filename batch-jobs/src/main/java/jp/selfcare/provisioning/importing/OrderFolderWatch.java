package jp.selfcare.provisioning.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.provisioning.OrderImports;

/**
 * Looks into the import folder every minute (and when an operator asks): each waiting order file is
 * claimed into processing/ and its import job started ({@link
 * jp.selfcare.batch.DropFolder#startWaiting}); one look at a time (a singleton), so two looks never
 * race for the same file. Non-persistent timer: each node of a cluster looks into its own folder.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderFolderWatch {

  private static final Logger LOG = Logger.getLogger(OrderFolderWatch.class.getName());

  @Schedule(hour = "*", minute = "*", persistent = false, info = "service-order folder")
  @PermitAll
  void everyMinute() {
    try {
      startWaiting();
    } catch (IOException | RuntimeException e) {
      // the next minute tries again
      LOG.log(
          Level.WARNING,
          e,
          () -> "service-order folder " + ImportFolder.FOLDER.root() + " not read");
    }
  }

  /**
   * Starts the import of every order file waiting in the folder now (the operators' screen).
   *
   * @return the files started, by their original names
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<String> importNow() throws IOException {
    return startWaiting();
  }

  /** Where the operators drop order files. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public String folder() {
    return ImportFolder.FOLDER.root().toAbsolutePath().toString();
  }

  private List<String> startWaiting() throws IOException {
    return ImportFolder.FOLDER.startWaiting(OrderImports.JOB, OrderImports.FILE);
  }
}
