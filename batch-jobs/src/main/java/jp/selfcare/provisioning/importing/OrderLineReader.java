package jp.selfcare.provisioning.importing;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the order file's lines (UTF-8, a byte order mark allowed, LF or CRLF); blank lines are
 * passed over. The checkpoint is the number of the last line read, so a restarted import continues
 * after the last committed chunk — and the lines of that chunk applied before the restart are found
 * applied. Memory stays flat whatever the file's size: one line at a time, none longer than {@value
 * #MAX_LINE} characters (a longer one is reported, not read).
 */
@Named
@Dependent
public class OrderLineReader extends AbstractItemReader {

  /** Longest line read: room for an order of 10,000 numbers with their dial-ins and add-ons. */
  static final int MAX_LINE = 8_000_000;

  @Inject private CurrentImport current;

  private BufferedReader in;
  private BoundedLines lines;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    Path file = Path.of(current.get().filePath());
    in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    lines = new BoundedLines(in, MAX_LINE);
    int skip = checkpoint == null ? 0 : (Integer) checkpoint;
    while (lines.line() < skip && lines.next() != null) {
      // the lines of committed chunks
    }
  }

  @Override
  public Object readItem() throws IOException {
    OrderLine read;
    do {
      read = lines.next();
    } while (read != null && read.tooLong() == 0 && read.text().isBlank());
    return read;
  }

  @Override
  public Serializable checkpointInfo() {
    return lines.line();
  }

  @Override
  public void close() throws IOException {
    if (in != null) {
      in.close();
    }
  }
}
