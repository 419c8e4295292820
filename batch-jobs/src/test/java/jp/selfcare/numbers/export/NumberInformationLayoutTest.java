package jp.selfcare.numbers.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.export.NumberInformationLayout.Cell;
import org.junit.jupiter.api.Test;

class NumberInformationLayoutTest {

  private static final List<String> WORK =
      List.of(
          "0312340001",
          "DIAL_IN",
          "0312340000",
          "N200000001",
          "0012345",
          "",
          "0120123456",
          "1",
          "0",
          "0",
          "0",
          "1",
          "1",
          "0");

  @Test
  void headerHasEveryColumnInJapanese() {
    List<String> header = new NumberInformationLayout(Locale.JAPANESE).header();
    assertThat(header).hasSize(6 + AddOn.values().length + 2);
    assertThat(header).startsWith("サービス名", "契約番号", "拠点ID", "電話番号", "番号種別", "基本契約番号");
  }

  @Test
  void digitStringsStayTextInCsvAndPlainInXlsx() {
    List<Cell> row = new NumberInformationLayout(Locale.JAPANESE).row(WORK);
    assertThat(row.get(2).csv()).as("site ID with a leading zero").isEqualTo("=\"0012345\"");
    assertThat(row.get(3).csv()).isEqualTo("=\"0312340001\"");
    assertThat(row.get(3).value()).isEqualTo("0312340001");
    assertThat(row.get(1).csv()).as("not a digit string").isEqualTo("N200000001");
    assertThat(new Cell("=1+1", false).csv()).as("text a spreadsheet would run").isEqualTo("'=1+1");
    assertThat(row.get(13).csv()).as("empty stays empty").isEmpty();
    assertThat(row.get(14).csv()).isEqualTo("=\"0120123456\"");
  }

  @Test
  void addOnFlagsBecomeWordsInTheUsersLanguage() {
    List<Cell> ja = new NumberInformationLayout(Locale.JAPANESE).row(WORK);
    List<Cell> en = new NumberInformationLayout(Locale.ENGLISH).row(WORK);
    int messageBox = 6 + AddOn.MESSAGE_BOX.ordinal();
    int nuisance = 6 + AddOn.NUISANCE_BLOCKING.ordinal();
    assertThat(ja.get(4).value()).isEqualTo("ダイヤルイン番号");
    assertThat(ja.get(messageBox).value()).isEqualTo("有");
    assertThat(ja.get(nuisance).value()).isEqualTo("無");
    assertThat(en.get(4).value()).isEqualTo("Dial-in number");
    assertThat(en.get(messageBox).value()).isEqualTo("Yes");
  }
}
