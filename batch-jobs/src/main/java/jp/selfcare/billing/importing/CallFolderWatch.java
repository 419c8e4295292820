package jp.selfcare.billing.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jp.selfcare.batch.FolderWatch;
import jp.selfcare.billing.calls.CallRecordImports;
import jp.selfcare.cluster.ScheduleFirings;

/**
 * Looks into the call-record folder every minute, so a file is loaded soon after it arrives (the
 * network delivers at least daily), and when an operator asks.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallFolderWatch extends FolderWatch {

  public CallFolderWatch() {
    super(CallFolder.FOLDER, CallRecordImports.JOB, CallRecordImports.FILE);
  }

  @EJB private ScheduleFirings firings;

  @Schedule(hour = "*", minute = "*", persistent = true, info = "call-record folder")
  @PermitAll
  void everyMinute() {
    firings.fired("call-record folder");
    look();
  }
}
