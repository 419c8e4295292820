package jp.selfcare.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An A4 document in Japanese, written top to bottom: lines of text, labelled rows and table rows, a
 * new page when one is full. The Japanese font is embedded as a subset, so the text shows and can
 * be copied (and extracted) on any machine. The font must be TrueType (glyf outlines: PDFBox cannot
 * subset the CFF outlines of Noto Sans CJK) — IPA Gothic of the Debian package fonts-ipafont-gothic
 * by default; its path and, for a .ttc collection, the face are operator settings ({@code
 * selfcare.pdf.font}, {@code selfcare.pdf.font-name}).
 */
public final class JapanesePdf implements AutoCloseable {

  /** Page margin, in points. */
  public static final float MARGIN = 56;

  private static final float LINE = 20;

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private PDPageContentStream out;
  private float y;

  /**
   * A new document titled {@code title} (its metadata), with its first page.
   *
   * @param fontFile a TrueType font (.ttf) or collection (.ttc)
   * @param fontName the face to use in a collection (ignored for a single font)
   */
  public JapanesePdf(File fontFile, String fontName, String title) {
    if (!fontFile.isFile()) {
      throw new IllegalStateException(
          "the PDF font "
              + fontFile
              + " is missing (install fonts-ipafont-gothic or set selfcare.pdf.font)");
    }
    try {
      font = load(fontFile, fontName);
      document.getDocumentInformation().setTitle(title);
      newPage();
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start the PDF " + title, e);
    }
  }

  /** One line of text at the left margin. */
  public JapanesePdf text(float size, String line) {
    return at(size, MARGIN, line);
  }

  /** One line of text starting {@code x} points from the page's left edge. */
  public JapanesePdf at(float size, float x, String line) {
    room(1);
    show(size, x, y, line);
    y -= LINE;
    return this;
  }

  /** Empty space of {@code lines} lines. */
  public JapanesePdf gap(float lines) {
    y -= LINE * lines;
    return this;
  }

  /**
   * A label at the margin and its value from {@code valueX}, the value wrapped every {@code width}
   * characters (a long list of numbers runs over several lines).
   */
  public JapanesePdf row(float size, String label, float valueX, String value, int width) {
    int lines = Math.max(1, (value.length() + width - 1) / width);
    room(lines);
    show(size, MARGIN, y, label);
    for (int from = 0; from < value.length(); from += width) {
      show(size, valueX, y, value.substring(from, Math.min(value.length(), from + width)));
      y -= LINE;
    }
    if (value.isEmpty()) {
      y -= LINE;
    }
    return this;
  }

  /**
   * A table row: each cell from its column's x; a cell whose x is negative is right-aligned to that
   * distance from the left edge (amounts).
   */
  public JapanesePdf cells(float size, float[] xs, String... cells) {
    room(1);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == null) {
        continue;
      }
      float x = xs[i];
      if (x < 0) {
        x = -x - width(size, cells[i]);
      }
      show(size, x, y, cells[i]);
    }
    y -= LINE;
    return this;
  }

  /** The document's bytes. */
  public byte[] finish() {
    try {
      out.close();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the PDF", e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float width(float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new page when fewer than {@code lines} lines are left on this one. */
  private void room(int lines) {
    if (y - LINE * lines < MARGIN) {
      try {
        newPage();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  private void show(float size, float x, float at, String line) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, at);
      out.showText(line);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDType0Font load(File fontFile, String fontName) throws IOException {
    // read from a stream, not mapped: PDFBox cannot unmap a file on this JVM without
    // --add-opens, and says so in the log at every document
    if (!fontFile.getName().endsWith(".ttc")) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(fontFile.toPath())) {
        return PDType0Font.load(document, in);
      }
    }
    // the collection stays open until the document is saved: the subset is written then
    TrueTypeCollection collection =
        new TrueTypeCollection(java.nio.file.Files.newInputStream(fontFile.toPath()));
    TrueTypeFont face = collection.getFontByName(fontName);
    if (face == null) {
      collection.close();
      throw new IllegalStateException("no face " + fontName + " in " + fontFile);
    }
    return PDType0Font.load(document, face, true);
  }
}
