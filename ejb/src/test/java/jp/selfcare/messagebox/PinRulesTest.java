package jp.selfcare.messagebox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.selfcare.messagebox.PinRules.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PIN rules of spec 30-settings-site.md §6, with their boundaries. */
class PinRulesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1357,      ''",
    "13579024,  ''",
    "9081,      ''",
    "1235,      ''",
    "1112,      ''",
    "123,       DIGITS",
    "123456789, DIGITS",
    "12a4,      DIGITS",
    "１２３４,    DIGITS",
    "6789,      SEQUENCE",
    "3210,      SEQUENCE",
    "91234,     SEQUENCE",
    "80987654,  SEQUENCE",
    "1111,      REPEATED",
    "20000,     REPEATED",
    "92444471,  REPEATED",
  })
  void pins(String pin, String expected) {
    assertThat(PinRules.check(pin, pin)).as(pin).isEqualTo(problems(expected));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"1357, 1358", "1357, ''"})
  void theConfirmationMustMatch(String pin, String confirmation) {
    assertThat(PinRules.check(pin, confirmation)).containsExactly(Problem.CONFIRMATION_DIFFERS);
  }

  private static Set<Problem> problems(String names) {
    return names.isEmpty()
        ? EnumSet.noneOf(Problem.class)
        : Arrays.stream(names.split(" ")).map(Problem::valueOf).collect(Collectors.toSet());
  }
}
