package jp.selfcare.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.provisioning.ImportState;
import jp.selfcare.provisioning.OrderImports;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data when {@code selfcare.demo} asks for it, once: what is already there is kept,
 * so restarting (or running the run command twice) changes nothing. A demo set counts as there when
 * its order file's import finished with every order applied: an import cut short (a stopped server,
 * a failed order) is run again on the next start, and the orders it applied already are skipped by
 * their ids. The organisation, contracts and numbers arrive the production way — an order file
 * imported by the service-order import job — and {@link DemoDataWriter} then adds what customers
 * set themselves and the demo logins. It runs just after the deployment started (a job cannot run
 * while the server is still starting); the readiness check stays DOWN until it is done.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// Its one timer is the only writer and the flag is volatile: /ready must answer while a large
// import runs, not queue for a container lock held by the loading timer.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  private static final String STANDARD = "demo-standard";

  private static final String LARGE = "demo-large";

  @Inject
  @ConfigProperty(name = "selfcare.demo", defaultValue = "none")
  private String demo;

  /** Benchmark-only portal users with known TOTP secrets (docs/benchmarks.md); none unless set. */
  @Inject
  @ConfigProperty(name = "selfcare.demo.bench-users", defaultValue = "0")
  private int benchUsers;

  @Inject
  @ConfigProperty(name = "selfcare.portal.terms-version", defaultValue = "2026-04")
  private String termsVersion;

  @Resource private TimerService timers;

  @EJB private DemoDataWriter writer;

  private volatile boolean loaded;

  @PostConstruct
  void schedule() {
    if (DemoSet.of(demo) == DemoSet.NONE) {
      loaded = true;
      return;
    }
    timers.createSingleActionTimer(1_000, new TimerConfig("demo data", false));
  }

  @Timeout
  void load() {
    DemoSet set = DemoSet.of(demo);
    long started = System.nanoTime();
    try {
      if (!writer.importDone(STANDARD + ".jsonl")) {
        importOrders(STANDARD, DemoOrders.standard());
        List<DemoContract> contracts = new ArrayList<>(DemoCatalog.sampleContracts());
        contracts.addAll(DemoCatalog.otherContracts());
        writer.huntGroups(contracts);
        writer.listFive();
        writer.heldSinceLongAgo();
        writer.nuisanceSamples();
        writer.recordedMessageSamples();
        LOG.info("standard demo data loaded");
      }
      writer.portalUsers();
      writer.settingsAccounts();
      writer.billingMembers();
      if (benchUsers > 0) {
        writer.benchUsers(benchUsers, termsVersion);
      }
      if (set == DemoSet.LARGE && !writer.importDone(LARGE + ".jsonl")) {
        importOrders(LARGE, DemoOrders.large());
        writer.listFive();
        writer.heldSinceLongAgo();
        LOG.info("large demo data loaded");
      }
      loaded = true;
      LOG.info(
          () ->
              "demo data "
                  + set
                  + " ready in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    } catch (IOException | InterruptedException | RuntimeException e) {
      LOG.log(Level.SEVERE, "demo data not loaded", e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Writes the orders as a file, imports it with the import job and waits for the job's end. */
  private void importOrders(String name, List<String> lines)
      throws IOException, InterruptedException {
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    Path file = Path.of(data, "selfcare", "demo-orders", name + ".jsonl");
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    Properties parameters = new Properties();
    parameters.setProperty(OrderImports.FILE, file.toString());
    JobOperator operator = BatchRuntime.getJobOperator();
    long execution = operator.start(OrderImports.JOB, parameters);
    JobExecution finished = operator.getJobExecution(execution);
    while (finished.getBatchStatus() == BatchStatus.STARTING
        || finished.getBatchStatus() == BatchStatus.STARTED) {
      Thread.sleep(200);
      finished = operator.getJobExecution(execution);
    }
    if (!ImportState.DONE.name().equals(finished.getExitStatus())) {
      throw new IllegalStateException(
          "the demo orders " + name + " were not all applied: " + finished.getExitStatus());
    }
  }

  /** True once the requested demo data is present (or none was requested). */
  public boolean isLoaded() {
    return loaded;
  }
}
