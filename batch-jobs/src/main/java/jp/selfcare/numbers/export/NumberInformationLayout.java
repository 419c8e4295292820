package jp.selfcare.numbers.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.batch.SpreadsheetCells;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.export.WorkFileWriter.WorkRecord;

/**
 * The columns of the number-information file, in the user's language: service name, contract, site,
 * number, number type, basic number, one column per add-on, and the contracted numbers of the two
 * "specific number" add-ons. Shared by the CSV and the XLSX so they never drift apart.
 */
final class NumberInformationLayout {

  static final String SERVICE_NAME = "Arcstar IP Voice";

  private final ResourceBundle labels;

  NumberInformationLayout(Locale language) {
    labels = ResourceBundle.getBundle("jp.selfcare.numbers.export.labels", language);
  }

  List<String> header() {
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.getString("service"),
                labels.getString("contract"),
                labels.getString("site"),
                labels.getString("number"),
                labels.getString("type"),
                labels.getString("basic")));
    for (AddOn addOn : AddOn.values()) {
      header.add(labels.getString(addOn.name()));
    }
    header.add(labels.getString("presentedNumber"));
    header.add(labels.getString("destinationNumber"));
    return header;
  }

  /** One output row; {@code isNumber} tells which cells hold telephone numbers. */
  List<Cell> row(List<String> work) {
    List<Cell> row = new ArrayList<>();
    row.add(new Cell(SERVICE_NAME, false));
    row.add(new Cell(work.get(WorkRecord.CONTRACT), false));
    row.add(new Cell(work.get(WorkRecord.SITE), true));
    row.add(new Cell(work.get(WorkRecord.NUMBER), true));
    row.add(new Cell(labels.getString("type." + work.get(WorkRecord.TYPE)), false));
    row.add(new Cell(work.get(WorkRecord.BASIC), true));
    for (AddOn addOn : AddOn.values()) {
      boolean has = "1".equals(work.get(WorkRecord.FIRST_ADD_ON + addOn.ordinal()));
      row.add(new Cell(labels.getString(has ? "yes" : "no"), false));
    }
    row.add(new Cell(work.get(WorkRecord.PRESENTED), true));
    row.add(new Cell(work.get(WorkRecord.DESTINATION), true));
    return row;
  }

  String sheetName() {
    return labels.getString("sheet");
  }

  String fileStem() {
    return labels.getString("file");
  }

  /**
   * One cell. Digit strings with leading zeros (numbers, site IDs) must stay text in Excel.
   *
   * @param digits whether the value is a digit string that must not become a number
   */
  record Cell(String value, boolean digits) {

    /**
     * The CSV form: digit strings as {@code ="0312345678"}, which Excel shows as the text
     * 0312345678 instead of the number 312345678; any other text as {@link SpreadsheetCells} makes
     * it safe.
     */
    String csv() {
      return digits && !value.isEmpty() ? "=\"" + value + "\"" : SpreadsheetCells.text(value);
    }
  }
}
