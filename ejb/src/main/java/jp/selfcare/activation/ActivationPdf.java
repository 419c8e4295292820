package jp.selfcare.activation;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import jp.selfcare.pdf.JapanesePdf;

/** 開通案内 as an A4 PDF in the notice's language, the Japanese font embedded ({@link JapanesePdf}). */
public final class ActivationPdf {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

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
    try (JapanesePdf pdf =
        new JapanesePdf(
            fontFile, fontName, text.getString("pdf.title") + " " + content.contractNumber())) {
      pdf.text(18, text.getString("pdf.title")).gap(0.5f).text(10, text.getString("pdf.lead"));
      pdf.gap(0.5f);
      for (String[] r : rows) {
        pdf.row(11, r[0], JapanesePdf.MARGIN + 150, r[1], 60);
      }
      pdf.gap(1).text(12, text.getString("pdf.support"));
      for (String line : text.getString("pdf.contacts").split("\n")) {
        pdf.text(10, line);
      }
      return pdf.finish();
    }
  }

  private static String[] row(ResourceBundle text, String key, String value) {
    return new String[] {text.getString(key), value};
  }
}
