package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRulesTest {

  private static final java.util.function.Predicate<String> NEVER_USED = s -> false;

  @ParameterizedTest
  @ValueSource(strings = {"Abcdefg1", "Abcdefghijklmnopqrstuvwxyz12345A", "aB3!aB3!"})
  void portalPasswordAcceptsEightToThirtyTwoWithDigitUpperLower(String password) {
    assertThat(CredentialRules.portalPassword(password)).isEmpty();
  }

  @Test
  void portalPasswordBoundaries() {
    assertThat(CredentialRules.portalPassword("Abcdef1"))
        .containsExactly(Violation.PASSWORD_LENGTH);
    assertThat(CredentialRules.portalPassword("Abcdefghijklmnopqrstuvwxyz123456A"))
        .containsExactly(Violation.PASSWORD_LENGTH);
    assertThat(CredentialRules.portalPassword("abcdefg1"))
        .containsExactly(Violation.PASSWORD_NEEDS_UPPER);
    assertThat(CredentialRules.portalPassword("ABCDEFG1"))
        .containsExactly(Violation.PASSWORD_NEEDS_LOWER);
    assertThat(CredentialRules.portalPassword("Abcdefgh"))
        .containsExactly(Violation.PASSWORD_NEEDS_DIGIT);
    assertThat(CredentialRules.portalPassword("Abcdef 1"))
        .containsExactly(Violation.PASSWORD_CHARACTERS);
    assertThat(CredentialRules.portalPassword("Ａbcdefg1"))
        .containsExactly(Violation.PASSWORD_CHARACTERS, Violation.PASSWORD_NEEDS_UPPER);
    assertThat(CredentialRules.portalPassword(null)).containsExactly(Violation.PASSWORD_LENGTH);
  }

  @Test
  void settingsSitePasswordIsEightToFortyWithLettersAndDigits() {
    assertThat(CredentialRules.settingsSitePassword("abcdefg1")).isEmpty();
    assertThat(CredentialRules.settingsSitePassword("a".repeat(39) + "1")).isEmpty();
    assertThat(CredentialRules.settingsSitePassword("a".repeat(40) + "1"))
        .containsExactly(Violation.PASSWORD_LENGTH);
    assertThat(CredentialRules.settingsSitePassword("abcdef1"))
        .containsExactly(Violation.PASSWORD_LENGTH);
    assertThat(CredentialRules.settingsSitePassword("12345678"))
        .containsExactly(Violation.PASSWORD_NEEDS_LETTER);
    assertThat(CredentialRules.settingsSitePassword("abcdefgh"))
        .containsExactly(Violation.PASSWORD_NEEDS_DIGIT);
  }

  @Test
  void secretAnswerCountsFullWidthAsTwo() {
    assertThat(CredentialRules.secretAnswer("あ".repeat(20))).isEmpty();
    assertThat(CredentialRules.secretAnswer("あ".repeat(21)))
        .containsExactly(Violation.SECRET_ANSWER_TOO_LONG);
    assertThat(CredentialRules.secretAnswer("a".repeat(40))).isEmpty();
    assertThat(CredentialRules.secretAnswer("a".repeat(41)))
        .containsExactly(Violation.SECRET_ANSWER_TOO_LONG);
    assertThat(CredentialRules.secretAnswer("ｱ".repeat(40))).as("half-width katakana").isEmpty();
    assertThat(CredentialRules.secretAnswer("あ".repeat(19) + "ab")).isEmpty();
    assertThat(CredentialRules.secretAnswer("あ".repeat(19) + "abc"))
        .containsExactly(Violation.SECRET_ANSWER_TOO_LONG);
    assertThat(CredentialRules.secretAnswer(" ")).isEqualTo(Set.of(Violation.SECRET_ANSWER_EMPTY));
  }
}
