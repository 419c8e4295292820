package jp.selfcare.provisioning.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import jp.selfcare.batch.DropFolder;
import jp.selfcare.provisioning.OrderImports;

/**
 * The import's first step: the file is claimed into processing/ (when started by hand with a path
 * outside it) and the import recorded. A restarted job finds its import as it was; an execution for
 * a file another import already holds ends here ({@value #DUPLICATE}).
 */
@Named
@Dependent
public class ImportBegin extends AbstractBatchlet {

  /** The exit status of a duplicate start. */
  static final String DUPLICATE = "DUPLICATE";

  @Inject
  @BatchProperty(name = OrderImports.FILE)
  private String file;

  @Inject private CurrentImport current;

  @Override
  public String process() throws Exception {
    if (current.find().isPresent()) {
      return "CONTINUED";
    }
    Path given = Path.of(file);
    if (!Files.isRegularFile(given)) {
      throw new NoSuchFileException(file, null, "no order file to import");
    }
    Path claimed = ImportFolder.FOLDER.claim(given, Instant.now());
    String name = DropFolder.originalName(claimed);
    return current
            .imports()
            .begin(current.id(), current.execution(), name, claimed.toString())
            .isPresent()
        ? "BEGUN"
        : DUPLICATE;
  }
}
