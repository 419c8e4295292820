package jp.selfcare.webbilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.selfcare.history.OperationType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Web Billing's PDFs read back as text: Japanese embedded and extractable, the bills' figures. */
class MemberPdfTest {

  private static final File FONT = new File("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");

  private static final MemberBills.MemberBill JUNE =
      new MemberBills.MemberBill(
          1,
          YearMonth.of(2026, 6),
          "N200000001",
          null,
          null,
          12345,
          1234,
          13579,
          MemberBills.dueDate(YearMonth.of(2026, 6)),
          LocalDate.of(2026, 7, 27),
          List.of(
              new MemberBills.Line("N200000001", "0350000000", 30, 1000, 300, 48, 1348),
              new MemberBills.Line("N200000001", null, 30, 0, 3000, 0, 3000)));

  private static final MemberBills.MemberBill JULY_GROUP =
      new MemberBills.MemberBill(
          2,
          YearMonth.of(2026, 7),
          null,
          "0391750001",
          "本社一括",
          20000,
          2000,
          22000,
          MemberBills.dueDate(YearMonth.of(2026, 7)),
          null,
          List.of(new MemberBills.Line("N200000751", "0391750001", 31, 700, 0, 19300, 20000)));

  private static String render(OperationType kind, List<MemberBills.MemberBill> bills, Locale in)
      throws IOException {
    byte[] pdf =
        new MemberPdf(FONT, "IPAGothic")
            .render(
                new MemberPdf.Content(
                    kind,
                    "株式会社サンプル商事",
                    YearMonth.of(2026, 6),
                    YearMonth.of(2026, 7),
                    bills,
                    LocalDate.of(2026, 12, 6),
                    "IP音声サービス 料金センター"),
                in);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aUsageCertificateListsEveryBillOfThePeriodWithItsTotal() throws IOException {
    String text =
        render(OperationType.USAGE_CERTIFICATE, List.of(JUNE, JULY_GROUP), Locale.JAPANESE);
    assertThat(text)
        .contains(
            "ご利用料金証明書",
            "株式会社サンプル商事 御中",
            "2026年6月分 〜 2026年7月分",
            "N200000001",
            "0391750001（一括請求）",
            "13,579",
            "22,000",
            "35,579円",
            "2026年12月6日",
            "IP音声サービス 料金センター");
  }

  @Test
  void aPaymentCertificateShowsTheDaysPaid() throws IOException {
    String text = render(OperationType.PAYMENT_CERTIFICATE, List.of(JUNE), Locale.JAPANESE);
    assertThat(text).contains("料金支払証明書", "お支払日", "2026年7月27日", "13,579円");
  }

  @Test
  void anInvoiceHasEachBillsLinesAndTaxInEnglishToo() throws IOException {
    String text = render(OperationType.INVOICE_DOWNLOAD, List.of(JUNE), Locale.ENGLISH);
    assertThat(text)
        .contains(
            "Invoice",
            "Contract N200000001",
            "0350000000",
            "1,348",
            "Per-line add-ons",
            "Consumption tax (10%)",
            "1,234 yen",
            "13,579 yen",
            "2026-07-31");
  }
}
