package jp.selfcare.provisioning.importing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operator's import folder (server property {@value #PROPERTY}; default {@code
 * selfcare/service-orders} under the server's data folder): order files named {@code *.jsonl} are
 * picked up from it; while imported they lie in processing/, then in done/ (every order applied or
 * skipped) or failed/ (some refused), each with its {@code .result.csv}. A file is written under
 * another name and renamed to {@code .jsonl} when complete, so that no half-written file is read.
 */
final class ImportFolder {

  /** The server property naming the folder. */
  static final String PROPERTY = "selfcare.provisioning.folder";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private ImportFolder() {}

  static Path root() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(data, "selfcare", "service-orders");
  }

  static Path processing() {
    return root().resolve("processing");
  }

  /** The order files waiting in the folder, by name. */
  static List<Path> waiting() throws IOException {
    Path root = root();
    Files.createDirectories(root);
    try (Stream<Path> files = Files.list(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".jsonl"))
          .sorted()
          .toList();
    }
  }

  /**
   * Moves the file into processing/ under a name of its own (the moment it was claimed, then its
   * name), so that one file is imported by one job and a file of the same name may come again.
   */
  static Path claim(Path file, Instant now) throws IOException {
    Path processing = processing();
    if (file.toAbsolutePath().getParent().equals(processing.toAbsolutePath())) {
      return file;
    }
    Files.createDirectories(processing);
    Path claimed = processing.resolve(STAMP.format(now) + "-" + file.getFileName());
    try {
      return Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // a file started by hand from another file system: copied across, then removed
      return Files.move(file, claimed);
    }
  }

  /** Where the file goes when its import finished. */
  static Path finished(Path processing, boolean failed) throws IOException {
    Path folder = root().resolve(failed ? "failed" : "done");
    Files.createDirectories(folder);
    return folder.resolve(processing.getFileName());
  }

  /** The result file beside an order file. */
  static Path resultOf(Path orderFile) {
    return orderFile.resolveSibling(orderFile.getFileName() + ".result.csv");
  }

  /** The file's original name: what it was called before it was claimed. */
  static String originalName(Path claimed) {
    String name = claimed.getFileName().toString();
    int dash = name.indexOf('-');
    return dash == 17 && name.substring(0, 17).chars().allMatch(Character::isDigit)
        ? name.substring(18)
        : name;
  }
}
