package jp.selfcare.huntgroup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 代表子番号の候補検索キー (spec §5): starts with 0, ≤ 11 digits, ≤ 2 hyphens, ≤ 13 characters. */
class CandidateSearchKeyTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0,             0",
    "045,           045",
    "045-600,       045600",
    "045-6000-0010, 04560000010",
    "04560000010,   04560000010",
  })
  void accepted(String typed, String prefix) {
    assertThat(CandidateSearchKey.prefix(typed)).contains(prefix);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"456", "045600000101", "0-45-6000-0010", "045--6000", "045 600", "''", "0456-"})
  void refused(String typed) {
    assertThat(CandidateSearchKey.prefix(typed)).isEmpty();
  }
}
