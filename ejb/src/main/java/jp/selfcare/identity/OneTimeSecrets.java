package jp.selfcare.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates one-time codes and link tokens and the hashes that are stored instead of them.
 *
 * <p>Link tokens carry 256 random bits, so an unsalted SHA-256 of them cannot be reversed. A
 * 6-digit code has only a million values: its hash is salted, and what really protects it is its
 * short life and the 5-wrong-entries rule ({@link OneTimeCode}); the stored hash only keeps a
 * database reader from using a live code.
 */
public final class OneTimeSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;
  private static final int SALT_BYTES = 16;

  private OneTimeSecrets() {}

  /** A uniformly random 6-digit code, leading zeros kept (e.g. "004217"). */
  public static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** A URL-safe single-use link token. */
  public static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The stored form of a link token; look tokens up by this value. */
  public static String tokenHash(String token) {
    return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
  }

  /** The stored form of a code: "salt:hash", hex. */
  public static String codeHash(String code) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(saltedHash(salt, code));
  }

  /** Whether a typed code matches a stored "salt:hash" (constant-time comparison). */
  public static boolean codeMatches(String code, String stored) {
    int colon = stored.indexOf(':');
    if (code == null || colon < 0) {
      return false;
    }
    byte[] salt = HexFormat.of().parseHex(stored, 0, colon);
    byte[] expected = HexFormat.of().parseHex(stored, colon + 1, stored.length());
    return MessageDigest.isEqual(expected, saltedHash(salt, code));
  }

  private static byte[] saltedHash(byte[] salt, String code) {
    byte[] text = code.getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[salt.length + text.length];
    System.arraycopy(salt, 0, input, 0, salt.length);
    System.arraycopy(text, 0, input, salt.length, text.length);
    return sha256(input);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
