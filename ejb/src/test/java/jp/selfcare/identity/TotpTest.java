package jp.selfcare.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** RFC 6238 appendix B's SHA-1 secret "12345678901234567890", in Base32. */
  private static final Totp RFC = Totp.of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

  @Test
  void matchesTheRfc6238TestVectors() {
    assertThat(RFC.codeAt(Instant.ofEpochSecond(59))).isEqualTo("287082");
    assertThat(RFC.codeAt(Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    assertThat(RFC.codeAt(Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
  }

  @Test
  void acceptsTheCurrentCodeOnceAndNeverAgainInItsStep() {
    Instant now = Instant.ofEpochSecond(1111111109);
    String code = RFC.codeAt(now);

    long step = RFC.accept(code, now, 0).orElseThrow();

    assertThat(step).isEqualTo(Totp.step(now));
    assertThat(RFC.accept(code, now.plusSeconds(5), step)).as("reuse in its step").isEmpty();
  }

  @Test
  void toleratesOneStepOfClockDriftButNotTwo() {
    Instant now = Instant.ofEpochSecond(1111111109);
    assertThat(RFC.accept(RFC.codeAt(now.minusSeconds(30)), now, 0)).isPresent();
    assertThat(RFC.accept(RFC.codeAt(now.plusSeconds(30)), now, 0)).isPresent();
    assertThat(RFC.accept(RFC.codeAt(now.minusSeconds(90)), now, 0)).isEmpty();
    assertThat(RFC.accept("12345", now, 0)).isEmpty();
    assertThat(RFC.accept("abcdef", now, 0)).isEmpty();
  }

  @Test
  void enrolmentUriCarriesIssuerAccountAndSecret() {
    Totp totp = Totp.of(Totp.newSecret());
    String uri = totp.enrolmentUri("Voice Self-care", "tanaka@example.co.jp").toString();
    assertThat(uri)
        .startsWith("otpauth://totp/")
        .contains("secret=")
        .contains("period=30")
        .contains("digits=6");
  }
}
