package jp.selfcare.billing.importing;

import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jp.selfcare.billing.calls.CallImport;
import jp.selfcare.billing.calls.CallRecordImports;

/**
 * The import the running job works on, as its steps name it to the services: the import's id is the
 * job instance's (the same after a restart), and each call names the running execution.
 */
@Dependent
class CurrentCallImport {

  @Inject private JobContext job;

  @EJB private CallRecordImports imports;

  long id() {
    return job.getInstanceId();
  }

  long execution() {
    return job.getExecutionId();
  }

  /** The import, which the first step began. */
  CallImport get() {
    return imports.find(id(), execution()).orElseThrow();
  }

  CallRecordImports imports() {
    return imports;
  }

  /** The job's exit status: how the import ended. */
  void ended(String status) {
    job.setExitStatus(status);
  }
}
