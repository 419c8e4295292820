package jp.selfcare.provisioning.importing;

import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.selfcare.provisioning.OrderImports;
import jp.selfcare.provisioning.OrderImports.Import;

/**
 * The import the running job works on, as its steps name it to the services: the import's id is the
 * job instance's (the same after a restart), and each call names the running execution.
 */
@Dependent
class CurrentImport {

  @Inject private JobContext job;

  @EJB private OrderImports imports;

  long id() {
    return job.getInstanceId();
  }

  long execution() {
    return job.getExecutionId();
  }

  /** The import, once begun. */
  Optional<Import> find() {
    return imports.find(id(), execution());
  }

  /** The import, which the first step began. */
  Import get() {
    return find().orElseThrow();
  }

  OrderImports imports() {
    return imports;
  }

  /** The job's exit status: how the import ended. */
  void ended(String status) {
    job.setExitStatus(status);
  }
}
