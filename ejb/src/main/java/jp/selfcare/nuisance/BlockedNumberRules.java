package jp.selfcare.nuisance;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number for the nuisance blocking list (spec 30-settings-site.md §7): starts with 01–09, at most
 * 11 digits, up to 2 hyphens (13 characters). Public telephones and callers without a number cannot
 * be blocked: they have no number to enter.
 */
public final class BlockedNumberRules {

  /** At most this many numbers per list. */
  public static final int MAX_ENTRIES = 30;

  private static final Pattern TYPED = Pattern.compile("0[1-9][0-9]*(-[0-9]+){0,2}");

  private BlockedNumberRules() {}

  /**
   * The rule an entry breaks, or empty when it is acceptable: a number starting with 00 (a carrier
   * selection code) is named as such, anything else malformed as {@code NUMBER_FORMAT}.
   */
  public static Optional<NuisanceBlocking.Kind> problem(String typed) {
    if (digits(typed).isPresent()) {
      return Optional.empty();
    }
    String text = typed == null ? "" : typed.strip();
    return Optional.of(
        text.startsWith("00")
            ? NuisanceBlocking.Kind.CARRIER_CODE
            : NuisanceBlocking.Kind.NUMBER_FORMAT);
  }

  /** The digits of an acceptable entry, or empty when it breaks the rule. */
  public static Optional<String> digits(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > 13 || !TYPED.matcher(text).matches()) {
      return Optional.empty();
    }
    String digits = text.replace("-", "");
    return digits.length() <= 11 ? Optional.of(digits) : Optional.empty();
  }
}
