package jp.selfcare.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The credential rules of spec 10-identity.md, as pure functions returning every broken rule (an
 * empty set means the value is acceptable). "Half-width" means printable ASCII.
 */
public final class CredentialRules {

  /** The 20 symbols Web Billing allows in login IDs and passwords. */
  public static final String BILLING_SYMBOLS = "#$%()*+-./:;?@[]_{}~";

  private CredentialRules() {}

  /** Business Portal (§1): 8–32 characters with a digit, an upper-case and a lower-case letter. */
  public static Set<Violation> portalPassword(String password) {
    Set<Violation> broken = EnumSet.noneOf(Violation.class);
    if (password == null || password.length() < 8 || password.length() > 32) {
      broken.add(Violation.PASSWORD_LENGTH);
    }
    if (password == null) {
      return broken;
    }
    if (!password.chars().allMatch(CredentialRules::printableAscii)) {
      broken.add(Violation.PASSWORD_CHARACTERS);
    }
    if (password.chars().noneMatch(CredentialRules::digit)) {
      broken.add(Violation.PASSWORD_NEEDS_DIGIT);
    }
    if (password.chars().noneMatch(CredentialRules::upper)) {
      broken.add(Violation.PASSWORD_NEEDS_UPPER);
    }
    if (password.chars().noneMatch(CredentialRules::lower)) {
      broken.add(Violation.PASSWORD_NEEDS_LOWER);
    }
    return broken;
  }

  /** Web Settings Site accounts (§2): 8–40 characters containing letters and digits. */
  public static Set<Violation> settingsSitePassword(String password) {
    Set<Violation> broken = EnumSet.noneOf(Violation.class);
    if (password == null || password.length() < 8 || password.length() > 40) {
      broken.add(Violation.PASSWORD_LENGTH);
    }
    if (password == null) {
      return broken;
    }
    if (!password.chars().allMatch(CredentialRules::printableAscii)) {
      broken.add(Violation.PASSWORD_CHARACTERS);
    }
    if (password.chars().noneMatch(c -> upper(c) || lower(c))) {
      broken.add(Violation.PASSWORD_NEEDS_LETTER);
    }
    if (password.chars().noneMatch(CredentialRules::digit)) {
      broken.add(Violation.PASSWORD_NEEDS_DIGIT);
    }
    return broken;
  }

  /**
   * Web Billing login ID (§3): 8–31 half-width characters mixing upper-case, lower-case letters and
   * digits, optionally the 20 symbols; not containing the password; not one of the last three login
   * IDs (the current one included).
   */
  public static Set<Violation> billingLoginId(
      String loginId, String password, Predicate<String> amongLastThreeLoginIds) {
    Set<Violation> broken = EnumSet.noneOf(Violation.class);
    if (loginId == null || loginId.length() < 8 || loginId.length() > 31) {
      broken.add(Violation.LOGIN_ID_LENGTH);
    }
    if (loginId == null) {
      return broken;
    }
    if (!loginId.chars().allMatch(CredentialRules::billingCharacter)) {
      broken.add(Violation.LOGIN_ID_CHARACTERS);
    }
    if (loginId.chars().noneMatch(CredentialRules::upper)
        || loginId.chars().noneMatch(CredentialRules::lower)
        || loginId.chars().noneMatch(CredentialRules::digit)) {
      broken.add(Violation.LOGIN_ID_NEEDS_MIX);
    }
    if (password != null && !password.isEmpty() && loginId.contains(password)) {
      broken.add(Violation.LOGIN_ID_CONTAINS_PASSWORD);
    }
    if (amongLastThreeLoginIds.test(loginId)) {
      broken.add(Violation.LOGIN_ID_RECENTLY_USED);
    }
    return broken;
  }

  /**
   * Web Billing password (§3): 8–32 half-width characters with at least three of upper-case,
   * lower-case, digit and the 20 symbols; not containing the login ID; not one of the last three
   * passwords (the current one included).
   */
  public static Set<Violation> billingPassword(
      String password, String loginId, Predicate<String> amongLastThreePasswords) {
    Set<Violation> broken = EnumSet.noneOf(Violation.class);
    if (password == null || password.length() < 8 || password.length() > 32) {
      broken.add(Violation.PASSWORD_LENGTH);
    }
    if (password == null) {
      return broken;
    }
    if (!password.chars().allMatch(CredentialRules::billingCharacter)) {
      broken.add(Violation.PASSWORD_CHARACTERS);
    }
    int kinds =
        (password.chars().anyMatch(CredentialRules::upper) ? 1 : 0)
            + (password.chars().anyMatch(CredentialRules::lower) ? 1 : 0)
            + (password.chars().anyMatch(CredentialRules::digit) ? 1 : 0)
            + (password.chars().anyMatch(c -> BILLING_SYMBOLS.indexOf(c) >= 0) ? 1 : 0);
    if (kinds < 3) {
      broken.add(Violation.PASSWORD_NEEDS_THREE_KINDS);
    }
    if (loginId != null && !loginId.isEmpty() && password.contains(loginId)) {
      broken.add(Violation.PASSWORD_CONTAINS_LOGIN_ID);
    }
    if (amongLastThreePasswords.test(password)) {
      broken.add(Violation.PASSWORD_RECENTLY_USED);
    }
    return broken;
  }

  /**
   * Secret-question answer (§3): at most 20 full-width or 40 half-width characters, a full-width
   * character counting as two. Half-width: printable ASCII and half-width katakana.
   */
  public static Set<Violation> secretAnswer(String answer) {
    if (answer == null || answer.isBlank()) {
      return EnumSet.of(Violation.SECRET_ANSWER_EMPTY);
    }
    int width = answer.codePoints().map(c -> halfWidth(c) ? 1 : 2).sum();
    return width > 40
        ? EnumSet.of(Violation.SECRET_ANSWER_TOO_LONG)
        : EnumSet.noneOf(Violation.class);
  }

  private static boolean halfWidth(int c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xFF61 && c <= 0xFF9F);
  }

  private static boolean printableAscii(int c) {
    return c >= 0x21 && c <= 0x7E;
  }

  private static boolean billingCharacter(int c) {
    return upper(c) || lower(c) || digit(c) || BILLING_SYMBOLS.indexOf(c) >= 0;
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean upper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean lower(int c) {
    return c >= 'a' && c <= 'z';
  }
}
