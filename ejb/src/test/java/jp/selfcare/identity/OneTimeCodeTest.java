package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

  private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");
  private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);

  @Test
  void theRightCodeIsAcceptedOnceWithinItsValidity() {
    OneTimeCode code = OneTimeCode.issue("004217", T0, THIRTY_MINUTES);
    assertThat(code.hash()).doesNotContain("004217");

    OneTimeCode.Result first = code.enter("004217", T0.plus(Duration.ofMinutes(29)));
    assertThat(first.check()).isEqualTo(OneTimeCode.Check.ACCEPTED);
    assertThat(first.after().enter("004217", T0).check()).isEqualTo(OneTimeCode.Check.ALREADY_USED);
  }

  @Test
  void expiresAtTheEndOfItsValidity() {
    OneTimeCode code = OneTimeCode.issue("123456", T0, THIRTY_MINUTES);
    assertThat(code.enter("123456", T0.plus(THIRTY_MINUTES)).check())
        .isEqualTo(OneTimeCode.Check.EXPIRED);
  }

  @Test
  void theFifthWrongEntryVoidsIt() {
    OneTimeCode code = OneTimeCode.issue("123456", T0, THIRTY_MINUTES);
    for (int i = 1; i <= 4; i++) {
      OneTimeCode.Result wrong = code.enter("000000", T0);
      assertThat(wrong.check()).isEqualTo(OneTimeCode.Check.WRONG);
      code = wrong.after();
    }
    OneTimeCode.Result fifth = code.enter("000000", T0);
    assertThat(fifth.check()).isEqualTo(OneTimeCode.Check.TOO_MANY_WRONG);
    assertThat(fifth.after().enter("123456", T0).check())
        .as("even the right code")
        .isEqualTo(OneTimeCode.Check.TOO_MANY_WRONG);
  }

  @Test
  void aResentCodeKeepsTheAttemptsWrongEntries() {
    OneTimeCode code = OneTimeCode.issue("123456", T0, THIRTY_MINUTES);
    for (int i = 1; i <= 4; i++) {
      code = code.enter("000000", T0).after();
      code = code.resent("65432" + i, T0, THIRTY_MINUTES);
    }
    assertThat(code.wrongEntries()).isEqualTo(4);
    assertThat(code.enter("000000", T0).check())
        .as("the fifth wrong entry of the attempt, after four resends")
        .isEqualTo(OneTimeCode.Check.TOO_MANY_WRONG);
    assertThat(code.enter("654324", T0).check())
        .as("the newest code")
        .isEqualTo(OneTimeCode.Check.ACCEPTED);
  }

  @Test
  void anAttemptIsSentAtMostFiveCodes() {
    OneTimeCode code = OneTimeCode.issue("123456", T0, THIRTY_MINUTES);
    for (int send = 2; send <= OneTimeCode.MAX_SENDS; send++) {
      assertThat(code.mayResend()).as("before send " + send).isTrue();
      code = code.resent("12345" + send, T0, THIRTY_MINUTES);
    }
    assertThat(code.sends()).isEqualTo(5);
    assertThat(code.mayResend()).isFalse();
    assertThat(OneTimeCode.issue("123456", T0, THIRTY_MINUTES).mayResend())
        .as("a new attempt counts anew")
        .isTrue();
  }

  @Test
  void codesAreSixDigitsAndTokensAreLongAndHashedStably() {
    assertThat(OneTimeSecrets.newCode()).matches("\\d{6}");
    String token = OneTimeSecrets.newToken();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(OneTimeSecrets.tokenHash(token))
        .isEqualTo(OneTimeSecrets.tokenHash(token))
        .hasSize(64);
    assertThat(OneTimeSecrets.tokenHash(token))
        .isNotEqualTo(OneTimeSecrets.tokenHash(OneTimeSecrets.newToken()));
  }
}
