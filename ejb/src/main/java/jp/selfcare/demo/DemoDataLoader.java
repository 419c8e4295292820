package jp.selfcare.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data at start-up when {@code selfcare.demo} asks for it, once: what is already
 * there is kept, so restarting (or running the run command twice) changes nothing.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "selfcare.demo", defaultValue = "none")
  private String demo;

  @EJB private DemoDataWriter writer;

  private volatile boolean loaded;

  @PostConstruct
  void load() {
    DemoSet set = DemoSet.of(demo);
    if (set == DemoSet.NONE) {
      loaded = true;
      return;
    }
    long started = System.nanoTime();
    if (!writer.customerExists(DemoCatalog.SAMPLE_CUSTOMER)) {
      writer.sampleOrganisation();
      DemoCatalog.sampleContracts().forEach(writer::contract);
      writer.otherOrganisation();
      DemoCatalog.otherContracts().forEach(writer::contract);
      writer.nuisanceSamples();
      writer.recordedMessageSamples();
      LOG.info("standard demo data loaded");
    }
    writer.portalUsers();
    writer.settingsAccounts();
    if (set == DemoSet.LARGE && !writer.voiceGroupExists(DemoCatalog.LARGE_VOICE_GROUP)) {
      writer.largeOrganisation();
      for (int k = 0; k < DemoCatalog.LARGE_SITES; k++) {
        writer.contract(DemoCatalog.largeContract(k));
      }
      LOG.info("large demo data loaded");
    }
    loaded = true;
    LOG.info(
        () ->
            "demo data " + set + " ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** True once the requested demo data is present (or none was requested). */
  public boolean isLoaded() {
    return loaded;
  }
}
