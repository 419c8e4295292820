package jp.selfcare.organisation;

/** A typed identifier did not have its required shape; the message names the expected shape. */
public class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String expected;

  public InvalidIdentifierException(String kind, String value, String expected) {
    super("invalid " + kind + " '" + value + "': expected " + expected);
    this.kind = kind;
    this.expected = expected;
  }

  /** What was being parsed, e.g. "site ID". */
  public String kind() {
    return kind;
  }

  /** The required shape, e.g. "7 digits". */
  public String expected() {
    return expected;
  }
}
