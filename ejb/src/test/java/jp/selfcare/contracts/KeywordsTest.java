package jp.selfcare.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordsTest {

  @Test
  void halfAndFullWidthSpacesBothSeparateWords() {
    assertThat(Keywords.parse("営業部 N2000\u3000大阪").words()).containsExactly("営業部", "n2000", "大阪");
  }

  @Test
  void runsOfSpacesAndSpacesAtTheEndsMakeNoEmptyWords() {
    assertThat(Keywords.parse("  本社 \u3000\u3000 東京  ").words()).containsExactly("本社", "東京");
  }

  @Test
  void fullWidthLettersAndDigitsCompareAsHalfWidthIgnoringCase() {
    assertThat(Keywords.parse("Ｎ２００ ＩＰ voice").words()).containsExactly("n200", "ip", "voice");
    assertThat(Keywords.normalise("Arcstar IP Voice")).contains("ip");
  }

  @Test
  void aWordTypedTwiceCountsOnce() {
    assertThat(Keywords.parse("本社 本社").words()).containsExactly("本社");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\u3000", " \u3000 "})
  void nothingButSpacesIsNoCondition(String text) {
    assertThat(Keywords.parse(text).isEmpty()).isTrue();
  }

  @Test
  void tenWordsAreTheMostASearchTakes() {
    assertThat(Keywords.parse("a b c d e f g h i j").words()).hasSize(Keywords.MAX_WORDS);
    assertThatThrownBy(() -> Keywords.parse("a b c d e f g h i j k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 10");
  }
}
