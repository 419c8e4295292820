package jp.selfcare.billing.download;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.batch.SpreadsheetCells;
import jp.selfcare.billing.tariff.Rating;
import jp.selfcare.history.OperationType;

/**
 * The columns of the Billing Station's CSV files in the requester's language, and each value as the
 * file writes it: telephone and contract numbers as {@code ="0312345678"} (Excel keeps them as
 * text, leading zero and all), times in Japan time, amounts as plain numbers.
 */
final class StationCsvLayout {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(Rating.ZONE);

  private final OperationType kind;
  private final boolean english;

  StationCsvLayout(OperationType kind, String language) {
    this.kind = kind;
    this.english = "en".equals(language);
  }

  List<String> header() {
    return switch (kind) {
      case BILL_LINES_DOWNLOAD ->
          english
              ? List.of(
                  "Month",
                  "Contract",
                  "Number",
                  "Days",
                  "Basic charge",
                  "Add-ons",
                  "Calls",
                  "Number of calls",
                  "Total")
              : List.of("ご請求月", "ご契約番号", "電話番号", "日数", "基本料", "付加機能", "通話料", "通話回数", "合計");
      case CALL_DETAILS_DOWNLOAD ->
          english
              ? List.of("Started", "Calling number", "Called number", "Class", "Seconds", "Charge")
              : List.of("通話開始日時", "発信元電話番号", "発信先電話番号", "種別", "通話秒数", "通話料");
      default ->
          english
              ? List.of("Calling number", "Calls", "Minutes", "Seconds", "Charges")
              : List.of("発信元電話番号", "通話回数", "通話分数", "通話秒数", "通話料");
    };
  }

  /** The file's stem (before the time stamp). */
  String stem() {
    return switch (kind) {
      case BILL_LINES_DOWNLOAD -> english ? "bills_per_line" : "回線番号別明細";
      case CALL_DETAILS_DOWNLOAD -> english ? "call_details" : "通話明細";
      default -> english ? "totals_per_caller" : "発信元電話番号単位の集計";
    };
  }

  List<String> row(List<Object> values) {
    List<String> cells = new ArrayList<>(values.size() + 1);
    switch (kind) {
      case BILL_LINES_DOWNLOAD -> {
        cells.add(text(values.get(0)));
        cells.add(digits(values.get(1)));
        cells.add(values.get(2) == null ? "" : digits(values.get(2)));
        for (int i = 3; i < values.size(); i++) {
          cells.add(text(values.get(i)));
        }
      }
      case CALL_DETAILS_DOWNLOAD -> {
        cells.add(TIME.format((Instant) values.get(0)));
        cells.add(digits(values.get(1)));
        cells.add(digits(values.get(2)));
        cells.add(text(values.get(3)));
        cells.add(text(values.get(4)));
        cells.add(values.get(5) == null ? "" : amount(values.get(5)));
      }
      default -> {
        long seconds = ((Number) values.get(2)).longValue();
        cells.add(digits(values.get(0)));
        cells.add(text(values.get(1)));
        cells.add(Long.toString((seconds + 59) / 60));
        cells.add(Long.toString(seconds));
        cells.add(amount(values.get(3)));
      }
    }
    return cells;
  }

  /** Digits the product stored itself: as a formula Excel shows as the text. */
  private static String digits(Object value) {
    return "=\"" + value.toString().strip() + "\"";
  }

  private static String text(Object value) {
    return value == null ? "" : SpreadsheetCells.text(value.toString().strip());
  }

  private static String amount(Object value) {
    return ((BigDecimal) value).toPlainString();
  }
}
