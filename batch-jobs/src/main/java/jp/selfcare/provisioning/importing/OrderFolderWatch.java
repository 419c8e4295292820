package jp.selfcare.provisioning.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.selfcare.batch.FolderWatch;
import jp.selfcare.cluster.ScheduleFirings;
import jp.selfcare.provisioning.OrderImports;

/** Looks into the service-order import folder every minute, and when an operator asks. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderFolderWatch extends FolderWatch {

  public OrderFolderWatch() {
    super(ImportFolder.FOLDER, OrderImports.JOB, OrderImports.FILE);
  }

  @EJB private ScheduleFirings firings;

  @Schedule(hour = "*", minute = "*", persistent = true, info = "service-order folder")
  @PermitAll
  void everyMinute() {
    firings.fired("service-order folder");
    look();
  }
}
