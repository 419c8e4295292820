package jp.selfcare.provisioning.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.provisioning.OrderImports;

/**
 * Looks into the import folder every minute (and when an operator asks): each waiting order file is
 * claimed into processing/ and its import job started. Claiming first means that a file is started
 * once, however often the folder is looked at; one look at a time (a singleton), so two looks never
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
      LOG.log(Level.WARNING, e, () -> "service-order folder " + ImportFolder.root() + " not read");
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
    return ImportFolder.root().toAbsolutePath().toString();
  }

  private List<String> startWaiting() throws IOException {
    List<String> started = new ArrayList<>();
    for (Path file : ImportFolder.waiting()) {
      Path claimed = ImportFolder.claim(file, Instant.now());
      Properties parameters = new Properties();
      parameters.setProperty(OrderImports.FILE, claimed.toString());
      long execution = BatchRuntime.getJobOperator().start(OrderImports.JOB, parameters);
      LOG.info(() -> "importing " + file.getFileName() + " as job execution " + execution);
      started.add(file.getFileName().toString());
    }
    return started;
  }
}
