package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** Business Mobile contract ID, the login ID of its site accounts: two letters and eight digits. */
@Embeddable
public record MobileContractId(@Column(name = "mobile_contract_id", length = 10) String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z]{2}\\d{8}");

  public MobileContractId {
    Identifiers.require(FORMAT, value, "Business Mobile contract ID", "2 letters + 8 digits");
  }

  @Override
  public String toString() {
    return value;
  }
}
