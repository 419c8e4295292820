package jp.selfcare.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberFilterTest {

  @Test
  void digitsIgnoreHyphensAndBlanks() {
    assertThat(new NumberFilter(null, null, null, " 03-5000 ", null).digitsPart())
        .contains("035000");
    assertThat(new NumberFilter(null, null, null, "  ", null).digitsPart()).isEmpty();
  }

  @Test
  void digitsRefuseLetters() {
    assertThatThrownBy(() -> new NumberFilter(null, null, null, "03%", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits");
  }
}
