package jp.selfcare.billing.importing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import jp.selfcare.batch.DropFolder;
import jp.selfcare.billing.calls.CallImport;
import jp.selfcare.billing.calls.CallImportState;
import jp.selfcare.billing.calls.CallRecordImports;

/**
 * The import's first step: the file claimed into processing/ (when started by hand with a path
 * outside it), its content's SHA-256 taken and the import recorded. A file whose content was
 * imported before, under any name, ends here ({@code DUPLICATE}) and goes to done/ unread; a
 * restarted job finds its import as it was.
 */
@Named
@Dependent
public class CallImportBegin extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = CallRecordImports.FILE)
  private String file;

  @Inject private CurrentCallImport current;

  @Override
  public String process() throws Exception {
    Path given = Path.of(file);
    if (!Files.isRegularFile(given)) {
      // a restart after the file was claimed: the import knows where it lies
      Optional<CallImport> known = current.imports().find(current.id(), current.execution());
      if (known.isPresent()) {
        return known.get().state().name();
      }
      throw new NoSuchFileException(file, null, "no call-record file to import");
    }
    Path claimed = CallFolder.FOLDER.claim(given, Instant.now());
    CallImport begun =
        current
            .imports()
            .begin(
                current.id(),
                current.execution(),
                DropFolder.originalName(claimed),
                claimed.toString(),
                sha256(claimed));
    if (begun.state() == CallImportState.DUPLICATE) {
      current.ended(CallImportState.DUPLICATE.name());
    }
    return begun.state().name();
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
