package jp.selfcare.bulk.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.selfcare.bulk.csv.SettingsCsv;
import org.junit.jupiter.api.Test;

class ResultRowsTest {

  private static final List<String> FIELDS =
      List.of("0501000000", "1", "1", "0", "0", "0", "", "1", "0311112222", "", "", "", "");

  @Test
  void theHeaderIsLineTheInputColumnsResultErrorAndChange() {
    List<String> header = new ResultRows("ja", false).header();
    assertThat(header).hasSize(SettingsCsv.HEADER.size() + 4);
    assertThat(header.get(0)).isEqualTo("行番号");
    assertThat(header.subList(1, 14)).isEqualTo(SettingsCsv.HEADER);
    assertThat(header.subList(14, 17)).containsExactly("処理結果", "エラー内容", "変更内容");
  }

  @Test
  void anAppliedRowSaysWhatChangedOrThatNothingDid() {
    ResultRows rows = new ResultRows("ja", false);
    assertThat(rows.row(2, FIELDS, List.of(), "転送設定: 0 → 1"))
        .endsWith("正常終了", "", "転送設定: 0 → 1")
        .startsWith("2", "0501000000");
    assertThat(rows.row(3, FIELDS, List.of(), null)).endsWith("正常終了", "", "変更なし");
  }

  @Test
  void aDryRunSaysCheckedNotApplied() {
    assertThat(new ResultRows("ja", true).row(2, FIELDS, List.of(), "x"))
        .endsWith("チェックOK（未適用）", "", "x");
    assertThat(new ResultRows("ja", true).fileName()).isEqualTo("一括設定チェック結果");
    assertThat(new ResultRows("ja", false).fileName()).isEqualTo("一括設定アップロード結果");
  }

  @Test
  void aRowInErrorNamesEveryRuleInWordsInTheOrderFoundAndNoChange() {
    List<String> row =
        new ResultRows("ja", false)
            .row(
                7,
                FIELDS,
                List.of("rule.MODE_REQUIRED", "list:2:destination.HASH", "row.DUPLICATE"),
                "ignored");
    assertThat(row.get(14)).isEqualTo("エラー");
    assertThat(row.get(15))
        .isEqualTo("転送動作を選択してください。 リスト2：#で始まる番号は転送先に設定できません。" + " 同じIP電話番号がファイル内で先に指定されています。");
    assertThat(row.get(16)).isEmpty();
  }

  @Test
  void englishUploadsGetEnglishWords() {
    List<String> row =
        new ResultRows("en", false).row(7, FIELDS, List.of("list:5:destination.HASH"), null);
    assertThat(row.get(14)).isEqualTo("Error");
    assertThat(row.get(15)).isEqualTo("List 5: Numbers starting with # cannot be destinations.");
  }

  @Test
  void userTextThatASpreadsheetWouldRunIsEchoedAsText() {
    List<String> fields = new java.util.ArrayList<>(FIELDS);
    fields.set(8, "=HYPERLINK(\"http://example.invalid\",\"x\")");
    fields.set(9, "@SUM(A1)");
    List<String> row = new ResultRows("ja", false).row(4, fields, List.of("rule.X"), null);
    assertThat(row.get(9)).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"x\")");
    assertThat(row.get(10)).isEqualTo("'@SUM(A1)");
    assertThat(row.get(1)).isEqualTo("0501000000");
  }
}
