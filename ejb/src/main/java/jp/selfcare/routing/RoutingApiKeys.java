package jp.selfcare.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The call servers' API keys (spec 50-routing.md, Security). Operators configure the SHA-256 hashes
 * of the keys — never the keys — as the system property {@value #PROPERTY} (comma-separated hex,
 * e.g. set with the WildFly CLI), so several keys can be valid during a rotation. Without any
 * configured key the API admits nobody.
 */
@ApplicationScoped
public class RoutingApiKeys {

  /** The system property holding the accepted keys' SHA-256 hashes. */
  public static final String PROPERTY = "selfcare.routing.api-key-hashes";

  /** Whether the presented key is one of the configured ones (compared in constant time). */
  public boolean accepts(String presented) {
    if (presented == null || presented.isBlank()) {
      return false;
    }
    byte[] hash = sha256(presented.strip());
    boolean match = false;
    for (byte[] accepted : configured()) {
      match |= MessageDigest.isEqual(hash, accepted);
    }
    return match;
  }

  private static List<byte[]> configured() {
    String value = System.getProperty(PROPERTY, "");
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(h -> h.matches("[0-9a-fA-F]{64}"))
        .map(h -> HexFormat.of().parseHex(h.toLowerCase(Locale.ROOT)))
        .toList();
  }

  /** The SHA-256 of a key, as operators configure it. */
  public static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
