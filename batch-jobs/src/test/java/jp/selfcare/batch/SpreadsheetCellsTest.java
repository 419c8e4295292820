package jp.selfcare.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells that a spreadsheet would run as formulas are written as text (OWASP CSV injection). */
class SpreadsheetCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"y\")",
        "+81312345678",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1,1)",
        "\t=1+1",
        "\r=1+1"
      })
  void aFormulaStartBecomesText(String value) {
    assertThat(SpreadsheetCells.text(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0312345678", "東京本社", "N200000001", "a=b", "1+1", "'quoted"})
  void otherValuesStayAsTheyAre(String value) {
    assertThat(SpreadsheetCells.text(value)).isEqualTo(value);
  }

  @Test
  void emptyAndNullStayEmpty() {
    assertThat(SpreadsheetCells.text("")).isEmpty();
    assertThat(SpreadsheetCells.text(null)).isNull();
    assertThat(SpreadsheetCells.texts(List.of("=1", "2"))).containsExactly("'=1", "2");
  }
}
