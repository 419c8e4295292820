package jp.selfcare.organisation;

import java.util.regex.Pattern;

/** The one validation rule all identifiers share: the whole value matches a fixed pattern. */
public final class Identifiers {

  private Identifiers() {}

  /** Throws {@link InvalidIdentifierException} unless {@code value} matches {@code format}. */
  public static void require(Pattern format, String value, String kind, String expected) {
    if (value == null || !format.matcher(value).matches()) {
      throw new InvalidIdentifierException(kind, value, expected);
    }
  }
}
