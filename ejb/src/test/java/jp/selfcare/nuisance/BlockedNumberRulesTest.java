package jp.selfcare.nuisance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers for the nuisance blocking list (spec §7): 01–09, ≤ 11 digits, ≤ 2 hyphens, ≤ 13 chars.
 */
class BlockedNumberRulesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0312345678,    0312345678",
    "03-1234-5678,  0312345678",
    "090-1234-5678, 09012345678",
    "09012345678,   09012345678",
    "0120123456,    0120123456",
    "01,            01",
    "0123-45-6789,  0123456789",
  })
  void accepted(String typed, String digits) {
    assertThat(BlockedNumberRules.digits(typed)).contains(digits);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "001234567",
    "1234567",
    "090123456789",
    "0-90-1234-5678",
    "090--12345678",
    "03 1234 5678",
    "０３１２３４５６７８",
    "''",
    "非通知",
    "公衆電話",
  })
  void refused(String typed) {
    assertThat(BlockedNumberRules.digits(typed)).isEmpty();
  }

  /** The message names the rule broken: 00 is a carrier code, the rest the number's shape. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "0012345678,    CARRIER_CODE",
    "00-1234-5678,  CARRIER_CODE",
    "1234567,       NUMBER_FORMAT",
    "090123456789,  NUMBER_FORMAT",
    "03 1234 5678,  NUMBER_FORMAT",
    "非通知,          NUMBER_FORMAT",
  })
  void theProblemNamesTheRule(String typed, NuisanceBlocking.Kind kind) {
    assertThat(BlockedNumberRules.problem(typed)).contains(kind);
  }
}
