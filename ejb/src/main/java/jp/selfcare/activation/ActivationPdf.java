package jp.selfcare.activation;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 開通案内 as an A4 PDF with the Japanese font embedded (as a subset), so the text shows and can be
 * copied on any machine. The font is a Japanese TrueType font (glyf outlines: PDFBox cannot subset
 * the CFF outlines of Noto Sans CJK) — IPA Gothic of the Debian package fonts-ipafont-gothic by
 * default; its path (and the face, for a .ttc collection) are operator settings.
 */
public final class ActivationPdf {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final float MARGIN = 56;
  private static final float LINE = 20;

  private final File fontFile;
  private final String fontName;

  /**
   * @param fontFile a TrueType font (.ttf) or collection (.ttc)
   * @param fontName the face to use in a collection (ignored for a single font)
   */
  public ActivationPdf(File fontFile, String fontName) {
    this.fontFile = fontFile;
    this.fontName = fontName;
  }

  /** The notice in the bundle's language. */
  public byte[] render(ActivationContent content, ResourceBundle text) {
    if (!fontFile.isFile()) {
      throw new IllegalStateException(
          "the PDF font "
              + fontFile
              + " is missing (install fonts-ipafont-gothic or set selfcare.pdf.font)");
    }
    DateTimeFormatter time =
        DateTimeFormatter.ofPattern(text.getString("pdf.time")).withZone(JAPAN);
    List<String[]> rows = new ArrayList<>();
    rows.add(row(text, "pdf.customer", content.customerName()));
    rows.add(row(text, "pdf.service", content.service().names().get(0)));
    rows.add(row(text, "pdf.contract", content.contractNumber()));
    rows.add(row(text, "pdf.lineId", content.lineId()));
    rows.add(row(text, "pdf.site", content.siteName() == null ? "-" : content.siteName()));
    rows.add(row(text, "pdf.address", content.address() == null ? "-" : content.address()));
    rows.add(row(text, "pdf.channels", Integer.toString(content.channels())));
    rows.add(
        row(
            text,
            "pdf.basicNumbers",
            content.basicNumbers().isEmpty() ? "-" : String.join(", ", content.basicNumbers())));
    rows.add(row(text, "pdf.published", time.format(content.publishedAt())));
    rows.add(row(text, "pdf.availableUntil", time.format(content.availableUntil())));
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = font(document);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(text.getString("pdf.title") + " " + content.contractNumber());
      float y = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        y = write(out, font, 18, MARGIN, y, text.getString("pdf.title"));
        y -= LINE / 2;
        y = write(out, font, 10, MARGIN, y, text.getString("pdf.lead"));
        y -= LINE / 2;
        for (String[] r : rows) {
          write(out, font, 11, MARGIN, y, r[0]);
          y = wrap(out, font, 11, MARGIN + 150, y, r[1], 60);
        }
        y -= LINE;
        y = write(out, font, 12, MARGIN, y, text.getString("pdf.support"));
        for (String line : text.getString("pdf.contacts").split("\n")) {
          y = write(out, font, 10, MARGIN, y, line);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the activation notice", e);
    }
  }

  private PDType0Font font(PDDocument document) throws IOException {
    if (!fontFile.getName().endsWith(".ttc")) {
      return PDType0Font.load(document, fontFile);
    }
    // the collection stays open until the document is saved: the subset is written then
    TrueTypeCollection collection = new TrueTypeCollection(fontFile);
    TrueTypeFont face = collection.getFontByName(fontName);
    if (face == null) {
      collection.close();
      throw new IllegalStateException("no face " + fontName + " in " + fontFile);
    }
    return PDType0Font.load(document, face, true);
  }

  private static String[] row(ResourceBundle text, String key, String value) {
    return new String[] {text.getString(key), value};
  }

  private static float write(
      PDPageContentStream out, PDType0Font font, float size, float x, float y, String line)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(line);
    out.endText();
    return y - LINE;
  }

  /** A long value (many basic numbers) over several lines of {@code width} characters. */
  private static float wrap(
      PDPageContentStream out,
      PDType0Font font,
      float size,
      float x,
      float y,
      String value,
      int width)
      throws IOException {
    for (int from = 0; from < value.length(); from += width) {
      y =
          write(
              out, font, size, x, y, value.substring(from, Math.min(value.length(), from + width)));
    }
    return value.isEmpty() ? y - LINE : y;
  }
}
