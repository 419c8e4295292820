package jp.selfcare.mobile;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Business Mobile user registration rules (spec 30-settings-site.md §13): 利用者名 up to 20 full-width
 * characters (a half-width character counts as half), 登録電話番号 a mobile number 090 / 080 / 070 of 11
 * digits from the leading 0, no hyphens.
 */
public final class MobileUserRules {

  /** A broken rule; pages show the message of the same name. */
  public enum Problem {
    NAME_REQUIRED,
    NAME_TOO_LONG,
    NUMBER_NOT_MOBILE
  }

  /** Width limit in half-width units (20 full-width characters). */
  static final int NAME_WIDTH = 40;

  private static final Pattern MOBILE = Pattern.compile("0[789]0[0-9]{8}");

  private MobileUserRules() {}

  public static Set<Problem> check(String name, String number) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (name == null || name.isBlank()) {
      problems.add(Problem.NAME_REQUIRED);
    } else if (width(name.strip()) > NAME_WIDTH) {
      problems.add(Problem.NAME_TOO_LONG);
    }
    if (number == null || !MOBILE.matcher(number.strip()).matches()) {
      problems.add(Problem.NUMBER_NOT_MOBILE);
    }
    return problems;
  }

  /** Half-width ASCII and half-width katakana count 1, everything else 2. */
  static int width(String text) {
    return text.codePoints().map(c -> c < 0x7f || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2).sum();
  }
}
