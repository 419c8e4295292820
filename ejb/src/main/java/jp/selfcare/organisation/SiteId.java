package jp.selfcare.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** 拠点ID: seven digits, e.g. 1000001. */
@Embeddable
public record SiteId(@Column(name = "site_code", length = 7) String value) {

  private static final Pattern FORMAT = Pattern.compile("\\d{7}");

  public SiteId {
    Identifiers.require(FORMAT, value, "site ID", "7 digits");
  }

  @Override
  public String toString() {
    return value;
  }
}
