package jp.selfcare.web.settings;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The random key a browser session keeps to bind its hand-off tokens to itself: a token issued for
 * this session is redeemed only with this key, so a token that leaked (a log, a shared screen) is
 * worth nothing in another browser. It survives the session id's renewal at login.
 */
public final class HandOffKey {

  private static final String ATTRIBUTE = HandOffKey.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  private HandOffKey() {}

  /** This session's key, made on first use. */
  public static String of(HttpSession session) {
    synchronized (session) {
      Object key = session.getAttribute(ATTRIBUTE);
      if (key == null) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, key);
      }
      return (String) key;
    }
  }
}
