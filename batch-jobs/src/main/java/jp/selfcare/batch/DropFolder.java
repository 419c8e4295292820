package jp.selfcare.batch;

import jakarta.batch.runtime.BatchRuntime;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A folder the operator (or the network) drops files into for an import job: files with the
 * folder's extension are picked up from it; while imported they lie in processing/, then in done/
 * or failed/, each with its {@code .result.csv}. A file is written under another name and renamed
 * to the extension when complete, so that no half-written file is read. The folder is a server
 * property, by default a folder of that name under the server's data folder.
 */
public final class DropFolder {

  private static final Logger LOG = Logger.getLogger(DropFolder.class.getName());

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

  private final String property;
  private final String defaultName;
  private final String extension;

  /**
   * @param property the server property naming the folder
   * @param defaultName the folder under {@code selfcare/} in the server's data folder otherwise
   * @param extension how the files to import end, e.g. {@code .jsonl}
   */
  public DropFolder(String property, String defaultName, String extension) {
    this.property = property;
    this.defaultName = defaultName;
    this.extension = extension;
  }

  public Path root() {
    String configured = System.getProperty(property);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(data, "selfcare", defaultName);
  }

  Path processing() {
    return root().resolve("processing");
  }

  /** The files waiting in the folder, by name. */
  public List<Path> waiting() throws IOException {
    Path root = root();
    Files.createDirectories(root);
    try (Stream<Path> files = Files.list(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(extension))
          .sorted()
          .toList();
    }
  }

  /**
   * Claims every waiting file and starts the job for it (the file's claimed path in the job
   * parameter {@code fileParameter}). Claiming first means that a file is started once, however
   * often the folder is looked at.
   *
   * @return the files started, by their original names
   */
  public List<String> startWaiting(String job, String fileParameter) throws IOException {
    List<String> started = new ArrayList<>();
    for (Path file : waiting()) {
      Path claimed = claim(file, Instant.now());
      Properties parameters = new Properties();
      parameters.setProperty(fileParameter, claimed.toString());
      long execution = BatchRuntime.getJobOperator().start(job, parameters);
      LOG.info(() -> "importing " + file.getFileName() + " as " + job + " execution " + execution);
      started.add(file.getFileName().toString());
    }
    return started;
  }

  /**
   * Moves the file into processing/ under a name of its own (the moment it was claimed, then its
   * name), so that one file is imported by one job and a file of the same name may come again.
   */
  public Path claim(Path file, Instant now) throws IOException {
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
  public Path finished(Path processing, boolean failed) throws IOException {
    Path folder = root().resolve(failed ? "failed" : "done");
    Files.createDirectories(folder);
    return folder.resolve(processing.getFileName());
  }

  /** The result file beside an imported file. */
  public static Path resultOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".result.csv");
  }

  /** The file's original name: what it was called before it was claimed. */
  public static String originalName(Path claimed) {
    String name = claimed.getFileName().toString();
    int dash = name.indexOf('-');
    return dash == 17 && name.substring(0, 17).chars().allMatch(Character::isDigit)
        ? name.substring(18)
        : name;
  }
}
