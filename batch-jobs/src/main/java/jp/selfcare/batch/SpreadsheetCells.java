package jp.selfcare.batch;

import java.util.List;

/**
 * Text for a cell of a CSV file the product writes, made safe to open in a spreadsheet (OWASP, CSV
 * injection): a value that begins with {@code = + - @}, a tab or a carriage return would be read as
 * a formula, so it gets a leading apostrophe, which spreadsheets show as text and do not display.
 * Users put such values into uploaded rows, group names and site names; the result files echo them.
 *
 * <p>XLSX files need no such prefix: fastexcel writes strings as string cells, which are never
 * evaluated. The digit strings the number download writes as {@code ="0312345678"} on purpose (so
 * that Excel keeps the leading zero) are built by the product from digits only and do not pass
 * here.
 */
public final class SpreadsheetCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {}

  /** The value, prefixed with an apostrophe when a spreadsheet would take it for a formula. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** Every value of a row through {@link #text}. */
  public static List<String> texts(List<String> values) {
    return values.stream().map(SpreadsheetCells::text).toList();
  }
}
