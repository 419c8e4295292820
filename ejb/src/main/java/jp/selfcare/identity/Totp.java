package jp.selfcare.identity;

import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * TOTP (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1, what authenticator apps expect) on top of
 * otp-java. A code is accepted in the current step or one step either side (clock drift), and only
 * for a step later than the last accepted one, so a code is never accepted twice.
 */
public final class Totp {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final int DRIFT_STEPS = 1;

  private final TOTPGenerator generator;

  private Totp(byte[] secret) {
    generator =
        new TOTPGenerator.Builder(secret)
            .withHOTPGenerator(b -> b.withPasswordLength(6).withAlgorithm(HMACAlgorithm.SHA1))
            .withPeriod(STEP)
            .build();
  }

  /** A new random enrolment secret, Base32 as apps show it. */
  public static String newSecret() {
    return new String(SecretGenerator.generate(), StandardCharsets.US_ASCII);
  }

  /** The TOTP of a Base32 secret. */
  public static Totp of(String base32Secret) {
    return new Totp(base32Secret.getBytes(StandardCharsets.US_ASCII));
  }

  /** The otpauth:// URI a QR code carries for an authenticator app. */
  public URI enrolmentUri(String issuer, String account) {
    try {
      return generator.getURI(issuer, account);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot build the otpauth URI for " + account, e);
    }
  }

  /** The code of the step containing {@code at} (tests and enrolment checks use it). */
  public String codeAt(Instant at) {
    return generator.at(at);
  }

  /**
   * The step at which {@code code} is valid around {@code now}, if it is later than {@code
   * lastAcceptedStep}; store the result as the new last accepted step.
   */
  public OptionalLong accept(String code, Instant now, long lastAcceptedStep) {
    if (code == null || !code.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (step > lastAcceptedStep
          && code.equals(generator.at(Instant.ofEpochSecond(step * STEP.toSeconds())))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The 30-second step number of an instant. */
  public static long step(Instant at) {
    return at.getEpochSecond() / STEP.toSeconds();
  }
}
