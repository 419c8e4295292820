package jp.selfcare.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import jp.selfcare.mobile.MobileUserRules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business Mobile user rules (spec §13): name ≤ 20 full-width characters, mobile number only. */
class MobileUserRulesTest {

  @Test
  void twentyFullWidthCharactersFitAndTwentyOneDoNot() {
    assertThat(MobileUserRules.check("営".repeat(20), "09012345678")).isEmpty();
    assertThat(MobileUserRules.check("営".repeat(21), "09012345678"))
        .containsExactly(Problem.NAME_TOO_LONG);
    assertThat(MobileUserRules.check("a".repeat(40), "09012345678"))
        .as("half-width counts half")
        .isEmpty();
    assertThat(MobileUserRules.check("a".repeat(41), "09012345678"))
        .containsExactly(Problem.NAME_TOO_LONG);
    assertThat(MobileUserRules.check("ｱ".repeat(40), "09012345678"))
        .as("half-width katakana")
        .isEmpty();
    assertThat(MobileUserRules.check(" ", "09012345678")).containsExactly(Problem.NAME_REQUIRED);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "09012345678,   OK",
    "08012345678,   OK",
    "07012345678,   OK",
    "090-1234-5678, NUMBER_NOT_MOBILE",
    "0312345678,    NUMBER_NOT_MOBILE",
    "05012345678,   NUMBER_NOT_MOBILE",
    "06012345678,   NUMBER_NOT_MOBILE",
    "0901234567,    NUMBER_NOT_MOBILE",
    "090123456789,  NUMBER_NOT_MOBILE",
    "9012345678,    NUMBER_NOT_MOBILE",
  })
  void numbers(String number, String expected) {
    var problems = MobileUserRules.check("営業部 山田", number);
    assertThat(problems.isEmpty() ? "OK" : problems.iterator().next().name()).isEqualTo(expected);
  }
}
