package jp.selfcare.provisioning.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, numbered from 1, none kept longer than a maximum: a longer line is reported
 * by its length and skipped to its end, so one runaway line never fills the memory and the next
 * line is read as usual. LF or CRLF.
 */
final class BoundedLines {

  private final Reader in;
  private final int max;
  private int line;

  BoundedLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the text. */
  OrderLine next() throws IOException {
    StringBuilder text = new StringBuilder();
    int length = 0;
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (length++ < max) {
        text.append((char) c);
      }
    }
    if (c == -1 && length == 0) {
      return null;
    }
    line++;
    if (length > max) {
      return new OrderLine(line, null, length);
    }
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\r') {
      text.setLength(end - 1);
    }
    return new OrderLine(line, text.toString(), 0);
  }

  /** The number of the last line read. */
  int line() {
    return line;
  }
}
