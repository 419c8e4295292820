package jp.selfcare.webbilling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which holder names (契約名義) count as the member's registered holder. */
class HolderNamesTest {

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "株式会社サンプル商事      | 株式会社サンプル商事      | true",
        // spaces of either width do not count
        "株式会社サンプル商事      | `株式会社　サンプル商事`  | true",
        "株式会社サンプル商事      | `株式会社 サンプル商事 `  | true",
        // full- and half-width forms of the same letters are one
        "ＡＢＣ株式会社            | ABC株式会社               | true",
        "株式会社サンプル商事      | 株式会社ｻﾝﾌﾟﾙ商事         | true",
        // anything else is another name
        "株式会社サンプル商事      | (株)サンプル商事          | false",
        "株式会社サンプル商事      | 株式会社サンプル物産      | false",
        "株式会社サンプル商事      | 株式会社さんぷる商事      | false",
        "株式会社サンプル商事      | ``                        | false",
      })
  void same(String registered, String line, boolean same) {
    assertThat(HolderNames.same(registered, line)).isEqualTo(same);
  }
}
