package jp.selfcare.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.selfcare.organisation.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"0312345678", "05012345678", "09012345678", "0924000000"})
  void acceptsTenOrElevenDigitsFromZero(String digits) {
    assertThat(new TelephoneNumber(digits).digits()).isEqualTo(digits);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "312345678",
        "031234567",
        "050123456789",
        "03-1234-5678",
        "1312345678",
        "０３１２３４５６７８",
        "03123456７8",
        " 0312345678"
      })
  void refusesAnythingElse(String text) {
    assertThatThrownBy(() -> new TelephoneNumber(text))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("telephone number");
  }

  @ParameterizedTest
  @CsvSource({
    "03-1234-5678,0312345678",
    "050-1234-5678,05012345678",
    "0-3-1234-5678,0312345678",
    "0312345678,0312345678"
  })
  void parseDropsUpToThreeHyphens(String typed, String digits) {
    assertThat(TelephoneNumber.parse(typed)).isEqualTo(new TelephoneNumber(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0-3-1-2345678-9", "-0312345678", "0312345678-", "03--12345678"})
  void parseRefusesMisplacedOrTooManyHyphens(String typed) {
    assertThatThrownBy(() -> TelephoneNumber.parse(typed))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void ordersByDigits() {
    assertThat(new TelephoneNumber("0312345678")).isLessThan(new TelephoneNumber("0312345679"));
  }
}
