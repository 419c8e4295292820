package jp.selfcare.messagebox;

import java.util.EnumSet;
import java.util.Set;

/**
 * The message box PIN (暗証番号) rules of spec 30-settings-site.md §6: 4–8 digits; no run of 4 or more
 * consecutive ascending or descending digits (6789, 3210); no digit 4 or more times in a row
 * (1111); the confirmation must match.
 */
public final class PinRules {

  /** A broken PIN rule; pages show the message of the same name. */
  public enum Problem {
    DIGITS,
    SEQUENCE,
    REPEATED,
    CONFIRMATION_DIFFERS
  }

  private static final int RUN = 4;

  private PinRules() {}

  /** Every rule the PIN and its confirmation break (empty: accepted). */
  public static Set<Problem> check(String pin, String confirmation) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (pin == null || !pin.matches("[0-9]{4,8}")) {
      problems.add(Problem.DIGITS);
    } else {
      if (hasRun(pin, 1) || hasRun(pin, -1)) {
        problems.add(Problem.SEQUENCE);
      }
      if (hasRun(pin, 0)) {
        problems.add(Problem.REPEATED);
      }
    }
    if (pin == null || !pin.equals(confirmation)) {
      problems.add(Problem.CONFIRMATION_DIFFERS);
    }
    return problems;
  }

  /** Whether RUN or more digits in a row each differ from the previous by {@code step}. */
  private static boolean hasRun(String pin, int step) {
    int length = 1;
    for (int i = 1; i < pin.length(); i++) {
      length = pin.charAt(i) - pin.charAt(i - 1) == step ? length + 1 : 1;
      if (length >= RUN) {
        return true;
      }
    }
    return false;
  }
}
