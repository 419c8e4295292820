package jp.selfcare.webbilling;

import static org.assertj.core.api.Assertions.assertThat;

import jp.selfcare.identity.PasswordHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A secret answer matches only as typed at registration: full- and half-width spellings of the same
 * word differ (the seed: 全角・半角の入力を誤ると登録できません), as do kana and case.
 */
class SecretAnswerMatchTest {

  private static final PasswordHasher FAST = new PasswordHasher(1024, 1, 1);

  private static String fullWidthKatakana;
  private static String halfWidthLatin;

  @BeforeAll
  static void hashes() {
    fullWidthKatakana = FAST.hash("ポチ");
    halfWidthLatin = FAST.hash("Tama2");
  }

  @ParameterizedTest(name = "{0} against ポチ: {1}")
  @CsvSource({"ポチ, true", "ﾎﾟﾁ, false", "ぽち, false", "'ポチ ', false", "ポ, false"})
  void fullWidthAnswer(String typed, boolean matches) {
    assertThat(PasswordHasher.verify(typed, fullWidthKatakana)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} against Tama2: {1}")
  @CsvSource({"Tama2, true", "Ｔａｍａ２, false", "tama2, false", "TAMA2, false"})
  void halfWidthAnswer(String typed, boolean matches) {
    assertThat(PasswordHasher.verify(typed, halfWidthLatin)).isEqualTo(matches);
  }
}
