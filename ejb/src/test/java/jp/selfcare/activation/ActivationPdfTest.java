package jp.selfcare.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.organisation.ServiceType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The activation notice PDF: Japanese text embedded and extractable, in either language. */
class ActivationPdfTest {

  private static final File FONT = new File("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");

  private final ActivationContent content =
      new ActivationContent(
          7,
          "株式会社サンプル商事",
          "N200000001",
          "N700000001",
          ServiceType.IP_VOICE,
          "東京本社",
          "東京都千代田区大手町1-1-1",
          40,
          List.of("0350000000", "0350000010"),
          Instant.parse("2026-12-01T00:00:00Z"),
          Instant.parse("2026-12-15T00:00:00Z"));

  @Test
  void theJapaneseNoticeReadsBack() throws IOException {
    String text = extract(render(Locale.JAPANESE));
    assertThat(text)
        .contains("ご利用内容のご案内（開通案内）")
        .contains("株式会社サンプル商事")
        .contains("N200000001", "N700000001")
        .contains("東京都千代田区大手町1-1-1")
        .contains("0350000000, 0350000010")
        .contains("2026/12/15 09:00")
        .contains("0120-565-054");
  }

  @Test
  void theEnglishNoticeReadsBack() throws IOException {
    assertThat(extract(render(Locale.ENGLISH)))
        .contains("Your service details (activation notice)", "Contract line ID", "N700000001");
  }

  @Test
  void aMissingFontIsNamed() {
    assertThatThrownBy(
            () ->
                new ActivationPdf(new File("/nowhere/font.ttc"), "x")
                    .render(
                        content,
                        ResourceBundle.getBundle("jp.selfcare.activation.texts", Locale.JAPANESE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fonts-ipafont-gothic");
  }

  private byte[] render(Locale language) {
    return new ActivationPdf(FONT, "IPAGothic")
        .render(content, ResourceBundle.getBundle("jp.selfcare.activation.texts", language));
  }

  private static String extract(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
