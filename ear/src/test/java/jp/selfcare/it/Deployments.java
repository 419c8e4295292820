package jp.selfcare.it;

import java.io.File;
import jp.selfcare.it.support.ItSupport;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, plus a test-support WAR that exposes what tests must observe. */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive selfcareWithTestSupport() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, new File(System.getProperty("it.ear", "target/selfcare.ear")));
    WebArchive support =
        ShrinkWrap.create(WebArchive.class, "it-support.war")
            .addPackage(ItSupport.class.getPackage());
    return ear.addAsModule(support);
  }

  /** The management address of the EAR's batch jobs (start-job, stop-job, executions). */
  public static ModelNode batchJobs() {
    return Operations.createAddress(
        "deployment",
        "selfcare.ear",
        "subdeployment",
        "selfcare-batch-jobs.jar",
        "subsystem",
        "batch-jberet");
  }
}
