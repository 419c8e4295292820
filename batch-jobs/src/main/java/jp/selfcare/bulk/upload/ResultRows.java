package jp.selfcare.bulk.upload;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.batch.SpreadsheetCells;
import jp.selfcare.bulk.csv.SettingsCsv;

/**
 * The result file's rows in the uploader's language: 行番号, the input columns, 処理結果, エラー内容 (the rules
 * in the settings site's words) and 変更内容 (what changed — or would change, in a dry run).
 */
final class ResultRows {

  private final ResourceBundle texts;
  private final boolean check;

  /**
   * @param language "ja" or "en"
   * @param check a dry run (処理結果 says the row was checked, not applied)
   */
  ResultRows(String language, boolean check) {
    this.texts =
        ResourceBundle.getBundle("jp.selfcare.bulk.upload.upload", Locale.forLanguageTag(language));
    this.check = check;
  }

  List<String> header() {
    List<String> header = new ArrayList<>();
    header.add(texts.getString("header.line"));
    header.addAll(SettingsCsv.HEADER);
    header.add(texts.getString("header.result"));
    header.add(texts.getString("header.error"));
    header.add(texts.getString("header.change"));
    return header;
  }

  /**
   * One row of the file.
   *
   * @param errors the row's problems as codes ("row.X", "rule.X", "list:N:destination.X"), empty
   *     when it is valid
   * @param change the columns that change, null when none does
   */
  List<String> row(long line, List<String> fields, List<String> errors, String change) {
    boolean ok = errors.isEmpty();
    List<String> row = new ArrayList<>(fields.size() + 4);
    row.add(Long.toString(line));
    row.addAll(fields);
    row.add(texts.getString(!ok ? "error" : check ? "checked" : "ok"));
    row.add(words(errors));
    row.add(!ok ? "" : change == null ? texts.getString("unchanged") : change);
    return SpreadsheetCells.texts(row);
  }

  /** The problems in words, in the order they were found. */
  String words(List<String> errors) {
    List<String> words = new ArrayList<>();
    for (String code : errors) {
      if (code.startsWith("list:")) {
        String[] parts = code.split(":", 3);
        words.add(MessageFormat.format(texts.getString("list"), parts[1], text(parts[2])));
      } else {
        words.add(text(code));
      }
    }
    return String.join(" ", words);
  }

  private String text(String key) {
    return texts.containsKey(key) ? texts.getString(key) : key;
  }

  /** The file's name (without the time stamp and extension). */
  String fileName() {
    return texts.getString(check ? "file.check" : "file.upload");
  }
}
