package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** 契約N番号: "N" followed by nine digits, e.g. N200000001. */
@Embeddable
public record ContractNumber(@Column(name = "contract_number", length = 10) String value) {

  private static final Pattern FORMAT = Pattern.compile("N\\d{9}");

  public ContractNumber {
    Identifiers.require(FORMAT, value, "contract number", "N + 9 digits");
  }

  @Override
  public String toString() {
    return value;
  }
}
