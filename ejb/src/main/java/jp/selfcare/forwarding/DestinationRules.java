package jp.selfcare.forwarding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The destination-number rules of spec 30-settings-site.md §1, as one pure function: a typed list
 * entry is either accepted (its digits, hyphens removed) or refused with the rule it breaks.
 *
 * <p>Public numbers: domestic fixed numbers with area code (10 digits), IP telephone (050, 11
 * digits), mobile (070 / 080 / 090, 11 digits), international via 010 or 0033-010. Refused: carrier
 * selection codes (00XY), 1XY service numbers, special numbers (0120, 0800, 0570, 0990, 0180), the
 * prefixes 020, 030, 040, 0503300, 060, anything starting with #, extensions, the source number
 * itself. With Members Net on the source, public numbers take an extra leading 0 and Members Net
 * extensions (first digit 2–9, 3–11 digits) are allowed.
 */
public final class DestinationRules {

  /** What the rules depend on besides the typed entry. */
  public record Source(String number, boolean membersNet, boolean internationalSuspended) {}

  /** An accepted destination (digits only) or the broken rule. */
  public record Check(String digits, DestinationProblem problem) {

    public boolean accepted() {
      return problem == null;
    }

    static Check ok(String digits) {
      return new Check(digits, null);
    }

    static Check refused(DestinationProblem problem) {
      return new Check(null, problem);
    }
  }

  private static final Pattern TYPED = Pattern.compile("[0-9]+(-[0-9]+){0,3}");
  private static final int MAX_CHARACTERS = 35;
  private static final int MAX_DIGITS = 32;
  private static final int MAX_DIGITS_MEMBERS_NET = 28;
  private static final Pattern MEMBERS_NET_EXTENSION = Pattern.compile("[2-9][0-9]{2,10}");

  /** 1XY: three digits (104, 117, 177, …); a longer number starting with 1 is an extension. */
  private static final Pattern SERVICE_NUMBER = Pattern.compile("1[0-9]{2}");

  private static final List<String> SPECIAL = List.of("0120", "0800", "0570", "0990", "0180");
  private static final List<String> UNUSABLE = List.of("020", "030", "040", "0503300", "060");
  private static final List<String> MOBILE_AND_IP = List.of("050", "070", "080", "090");

  private DestinationRules() {}

  /** Checks one list entry (not blank) for a source number. */
  public static Check check(String typed, Source source) {
    String text = typed == null ? "" : typed.strip();
    if (text.startsWith("#")) {
      return Check.refused(DestinationProblem.HASH);
    }
    if (text.length() > MAX_CHARACTERS || !TYPED.matcher(text).matches()) {
      return Check.refused(DestinationProblem.CHARACTERS);
    }
    String digits = text.replace("-", "");
    if (digits.length() > (source.membersNet() ? MAX_DIGITS_MEMBERS_NET : MAX_DIGITS)) {
      return Check.refused(DestinationProblem.TOO_LONG);
    }
    if (SERVICE_NUMBER.matcher(digits).matches()) {
      return Check.refused(DestinationProblem.SERVICE_NUMBER);
    }
    String publicNumber;
    if (source.membersNet()) {
      if (!digits.startsWith("0")) {
        return membersNetExtension(digits);
      }
      if (!digits.startsWith("00")) {
        return Check.refused(DestinationProblem.MEMBERS_NET_PREFIX);
      }
      publicNumber = digits.substring(1);
    } else {
      if (!digits.startsWith("0")) {
        return Check.refused(DestinationProblem.EXTENSION);
      }
      publicNumber = digits;
    }
    Optional<DestinationProblem> problem = publicNumberProblem(publicNumber, source);
    return problem.map(Check::refused).orElseGet(() -> Check.ok(digits));
  }

  /** An entry without a leading 0 on a Members Net number: first digit 2–9, 3–11 digits. */
  private static Check membersNetExtension(String digits) {
    if (digits.startsWith("1")) {
      return Check.refused(DestinationProblem.MEMBERS_NET_EXTENSION_FIRST_DIGIT);
    }
    return MEMBERS_NET_EXTENSION.matcher(digits).matches()
        ? Check.ok(digits)
        : Check.refused(DestinationProblem.MEMBERS_NET_EXTENSION_LENGTH);
  }

  private static Optional<DestinationProblem> publicNumberProblem(String number, Source source) {
    if (number.startsWith("010") || number.startsWith("0033010")) {
      int prefix = number.startsWith("010") ? 3 : 7;
      if (number.length() <= prefix) {
        return Optional.of(DestinationProblem.DOMESTIC_LENGTH);
      }
      return source.internationalSuspended()
          ? Optional.of(DestinationProblem.INTERNATIONAL_SUSPENDED)
          : Optional.empty();
    }
    if (number.startsWith("00")) {
      return Optional.of(DestinationProblem.CARRIER_CODE);
    }
    if (SPECIAL.stream().anyMatch(number::startsWith)) {
      return Optional.of(DestinationProblem.SPECIAL_NUMBER);
    }
    if (UNUSABLE.stream().anyMatch(number::startsWith)) {
      return Optional.of(DestinationProblem.UNUSABLE_PREFIX);
    }
    int expected = MOBILE_AND_IP.stream().anyMatch(number::startsWith) ? 11 : 10;
    if (number.length() != expected) {
      return Optional.of(DestinationProblem.DOMESTIC_LENGTH);
    }
    if (number.equals(source.number())) {
      return Optional.of(DestinationProblem.SOURCE_ITSELF);
    }
    return Optional.empty();
  }
}
