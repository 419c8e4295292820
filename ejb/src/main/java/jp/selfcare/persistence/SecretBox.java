package jp.selfcare.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Encryption at rest for the few secrets that must be readable again (TOTP secrets to verify codes,
 * SIP passwords to show them): AES-256-GCM with a random 96-bit nonce per value, stored as {@code
 * v1:} + Base64(nonce ‖ ciphertext ‖ tag). The key is the operator's: {@code selfcare.secret-key}
 * (or the environment variable {@code SELFCARE_SECRET_KEY}), 32 random bytes in Base64. A stored
 * value without the prefix is from before encryption and is read as it is (and sealed at its next
 * write).
 */
public final class SecretBox {

  /** The configuration property holding the key. */
  public static final String KEY_PROPERTY = "selfcare.secret-key";

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private static volatile SecretBox configured;

  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the secret key must be 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** The box of the operator's configured key; refuses clearly when none is configured. */
  public static SecretBox configured() {
    SecretBox box = configured;
    if (box == null) {
      Optional<String> value =
          ConfigProvider.getConfig().getOptionalValue(KEY_PROPERTY, String.class);
      if (value.isEmpty() || value.get().isBlank()) {
        throw new IllegalStateException(
            "no encryption key: set "
                + KEY_PROPERTY
                + " (or SELFCARE_SECRET_KEY) to 32 random bytes in Base64,"
                + " e.g. `head -c 32 /dev/urandom | base64`");
      }
      box = new SecretBox(Base64.getDecoder().decode(value.get().strip()));
      configured = box;
    }
    return box;
  }

  /** The stored form of a secret (null stays null). */
  public String seal(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] stored = new byte[NONCE_BYTES + sealed.length];
      System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
      System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(stored);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** The secret of a stored value; a changed or foreign value fails loudly. */
  public String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt a stored secret (wrong key or changed)", e);
    }
  }
}
