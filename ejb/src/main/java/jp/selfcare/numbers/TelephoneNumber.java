package jp.selfcare.numbers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import jp.selfcare.organisation.Identifiers;

/**
 * An IP telephone number (IP電話番号): a leading 0 and 10 or 11 digits in all, e.g. 0312345678 or
 * 05012345678. Stored and compared without hyphens.
 */
@Embeddable
public record TelephoneNumber(@Column(name = "number", length = 11) String digits)
    implements Comparable<TelephoneNumber> {

  private static final Pattern FORMAT = Pattern.compile("0\\d{9,10}");
  private static final int MAX_HYPHENS = 3;

  public TelephoneNumber {
    Identifiers.require(FORMAT, digits, "telephone number", "0 and 10-11 digits in all");
  }

  /** Accepts the number as people type it: digits with up to three hyphens, e.g. 03-1234-5678. */
  public static TelephoneNumber parse(String text) {
    if (text != null && text.chars().filter(c -> c == '-').count() <= MAX_HYPHENS) {
      String digits = text.replace("-", "");
      if (!text.startsWith("-") && !text.endsWith("-") && !text.contains("--")) {
        return new TelephoneNumber(digits);
      }
    }
    return new TelephoneNumber(text);
  }

  @Override
  public int compareTo(TelephoneNumber other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public String toString() {
    return digits;
  }
}
