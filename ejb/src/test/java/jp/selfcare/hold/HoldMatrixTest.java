package jp.selfcare.hold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * All 49 cells of the conflict matrix (spec 30-settings-site.md §11), written out as the spec's
 * table: row = in progress, then the seven attempted operations (○, ¹ number, ² site, ³ group).
 */
class HoldMatrixTest {

  private static final OperationKind[] COLUMNS = OperationKind.values();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FORWARDING_CONDITIONS | ○ | 1 | 1 | 1 | ○ | ○ | ○",
        "BULK_UPLOAD           | 1 | 2 | 2 | 2 | ○ | ○ | ○",
        "BULK_DOWNLOAD         | ○ | 2 | 2 | 2 | ○ | ○ | ○",
        "BULK_ACTIVATION       | 1 | 2 | 2 | 2 | 3 | 3 | ○",
        "GROUP_CHANGE          | ○ | ○ | ○ | 2 | 2 | 2 | 2",
        "GROUP_DELETE          | ○ | ○ | ○ | 2 | 2 | 2 | 2",
        "GROUP_REGISTER        | ○ | ○ | ○ | ○ | 2 | 2 | 2",
      })
  void row(
      OperationKind inProgress,
      String conditions,
      String upload,
      String download,
      String activation,
      String change,
      String delete,
      String register) {
    String[] cells = {conditions, upload, download, activation, change, delete, register};
    for (int i = 0; i < cells.length; i++) {
      String expected =
          switch (cells[i]) {
            case "1" -> "SAME_NUMBER";
            case "2" -> "SAME_SITE";
            case "3" -> "SAME_GROUP";
            default -> "none";
          };
      assertThat(HoldMatrix.conflict(inProgress, COLUMNS[i]).map(Enum::name).orElse("none"))
          .as(inProgress + " in progress, " + COLUMNS[i] + " attempted")
          .isEqualTo(expected);
    }
  }
}
