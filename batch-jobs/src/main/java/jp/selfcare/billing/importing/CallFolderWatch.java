package jp.selfcare.billing.importing;

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
import jp.selfcare.billing.calls.CallRecordImports;

/**
 * Looks into the call-record folder every minute (so a file is loaded soon after it arrives; the
 * network delivers at least daily) and when an operator asks: each waiting file is claimed into
 * processing/ and its import job started; one look at a time (a singleton), so two looks never race
 * for the same file. Non-persistent timer: each node of a cluster looks into its own folder.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallFolderWatch {

  private static final Logger LOG = Logger.getLogger(CallFolderWatch.class.getName());

  @Schedule(hour = "*", minute = "*", persistent = false, info = "call-record folder")
  @PermitAll
  void everyMinute() {
    try {
      startWaiting();
    } catch (IOException | RuntimeException e) {
      // the next minute tries again
      LOG.log(
          Level.WARNING, e, () -> "call-record folder " + CallFolder.FOLDER.root() + " not read");
    }
  }

  /**
   * Starts the import of every call-record file waiting in the folder now (the operators' screen).
   *
   * @return the files started, by their original names
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<String> importNow() throws IOException {
    return startWaiting();
  }

  /** Where the call-record files arrive. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public String folder() {
    return CallFolder.FOLDER.root().toAbsolutePath().toString();
  }

  private List<String> startWaiting() throws IOException {
    return CallFolder.FOLDER.startWaiting(CallRecordImports.JOB, CallRecordImports.FILE);
  }
}
