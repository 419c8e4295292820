package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** お客さま番号: "N" followed by nine digits, e.g. N100000001. */
@Embeddable
public record CustomerNumber(@Column(name = "customer_number", length = 10) String value) {

  private static final Pattern FORMAT = Pattern.compile("N\\d{9}");

  public CustomerNumber {
    Identifiers.require(FORMAT, value, "customer number", "N + 9 digits");
  }

  @Override
  public String toString() {
    return value;
  }
}
