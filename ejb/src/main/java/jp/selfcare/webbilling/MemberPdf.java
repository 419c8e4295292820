package jp.selfcare.webbilling;

import java.io.File;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.history.OperationType;
import jp.selfcare.pdf.JapanesePdf;

/**
 * Web Billing's PDFs (60-web-billing.md) in the member's language: 料金支払証明書 (the paid bills of a
 * period with their payment days), ご利用料金証明書 (the bills of a period) and 連絡請求書 (a month's bills with
 * their lines). Texts in jp/selfcare/webbilling/documents*.properties.
 */
final class MemberPdf {

  private static final float[] SUMMARY = {JapanesePdf.MARGIN, 160, -470, 480};
  private static final float[] LINES = {JapanesePdf.MARGIN, 150, -300, -370, -440, -530};

  private final File fontFile;
  private final String fontName;

  MemberPdf(File fontFile, String fontName) {
    this.fontFile = fontFile;
    this.fontName = fontName;
  }

  /** What a document says: who it is for, the period, its bills, when and by whom it is issued. */
  record Content(
      OperationType kind,
      String holder,
      YearMonth from,
      YearMonth to,
      List<MemberBills.MemberBill> bills,
      LocalDate issued,
      String issuer) {}

  byte[] render(Content c, Locale language) {
    ResourceBundle text = ResourceBundle.getBundle("jp.selfcare.webbilling.documents", language);
    DateTimeFormatter month = DateTimeFormatter.ofPattern(text.getString("month.format"), language);
    DateTimeFormatter day = DateTimeFormatter.ofPattern(text.getString("date.format"), language);
    NumberFormat yen = NumberFormat.getIntegerInstance(language);
    String title = text.getString("title." + c.kind().name());
    try (JapanesePdf pdf = new JapanesePdf(fontFile, fontName, title)) {
      pdf.text(18, title).gap(0.5f);
      pdf.text(12, MessageFormat.format(text.getString("addressee"), c.holder())).gap(0.5f);
      pdf.text(10, text.getString("lead." + c.kind().name())).gap(0.5f);
      String period =
          c.from().equals(c.to())
              ? month.format(c.from())
              : month.format(c.from()) + " 〜 " + month.format(c.to());
      pdf.row(11, text.getString("period"), 160, period, 60);
      pdf.row(11, text.getString("issued"), 160, day.format(c.issued()), 60);
      pdf.row(11, text.getString("issuer"), 160, c.issuer(), 60).gap(0.5f);
      if (c.kind() == OperationType.INVOICE_DOWNLOAD) {
        invoice(pdf, c, text, day, yen);
      } else {
        certificate(pdf, c, text, month, day, yen);
      }
      return pdf.finish();
    }
  }

  private static void certificate(
      JapanesePdf pdf,
      Content c,
      ResourceBundle text,
      DateTimeFormatter month,
      DateTimeFormatter day,
      NumberFormat yen) {
    boolean payments = c.kind() == OperationType.PAYMENT_CERTIFICATE;
    pdf.cells(
        10,
        SUMMARY,
        text.getString("col.month"),
        text.getString("col.payer"),
        text.getString("col.total"),
        text.getString(payments ? "col.paidOn" : "col.due"));
    long sum = 0;
    for (MemberBills.MemberBill b : c.bills()) {
      pdf.cells(
          10,
          SUMMARY,
          month.format(b.month()),
          MessageFormat.format(
              text.getString(
                  b.representativeNumber() == null ? "payer.short.contract" : "payer.short.group"),
              b.contractNumber(),
              b.representativeNumber()),
          yen.format(b.total()),
          day.format(payments ? b.paidOn() : b.due()));
      sum += b.total();
    }
    pdf.gap(0.3f).cells(11, SUMMARY, text.getString("sum"), null, yen(text, yen, sum), null);
  }

  private static void invoice(
      JapanesePdf pdf, Content c, ResourceBundle text, DateTimeFormatter day, NumberFormat yen) {
    for (MemberBills.MemberBill b : c.bills()) {
      pdf.text(12, payer(b, text));
      pdf.cells(
          9,
          LINES,
          text.getString("col.number"),
          null,
          text.getString("col.basic"),
          text.getString("col.addOns"),
          text.getString("col.calls"),
          text.getString("col.lineTotal"));
      for (MemberBills.Line l : b.lines()) {
        pdf.cells(
            9,
            LINES,
            l.number() == null ? l.contractNumber() + " " + text.getString("perLine") : l.number(),
            null,
            yen.format(l.basic()),
            yen.format(l.addOns()),
            yen.format(l.calls()),
            yen.format(l.total()));
      }
      pdf.gap(0.3f);
      pdf.cells(
          10,
          LINES,
          text.getString("subtotal"),
          null,
          null,
          null,
          null,
          yen(text, yen, b.subtotal()));
      pdf.cells(10, LINES, text.getString("tax"), null, null, null, null, yen(text, yen, b.tax()));
      pdf.cells(
          11, LINES, text.getString("total"), null, null, null, null, yen(text, yen, b.total()));
      pdf.row(10, text.getString("col.due"), 160, day.format(b.due()), 60).gap(0.5f);
    }
  }

  private static String payer(MemberBills.MemberBill b, ResourceBundle text) {
    return b.representativeNumber() == null
        ? MessageFormat.format(text.getString("payer.contract"), b.contractNumber())
        : MessageFormat.format(
            text.getString("payer.group"), b.groupName(), b.representativeNumber());
  }

  private static String yen(ResourceBundle text, NumberFormat yen, long amount) {
    return MessageFormat.format(text.getString("yen"), yen.format(amount));
  }
}
