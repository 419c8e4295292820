package jp.selfcare.directory;

import java.util.Optional;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.organisation.ContractNumber;
import jp.selfcare.organisation.SiteId;
import jp.selfcare.organisation.VoiceGroupId;

/**
 * The conditions of a number search within the caller's customer; every part is optional and all
 * given parts must match.
 *
 * @param digits part of the telephone number's digits (hyphens ignored)
 */
public record NumberFilter(
    VoiceGroupId voiceGroup, SiteId site, ContractNumber contract, String digits, NumberType type) {

  /** No condition: every number. */
  public static final NumberFilter ALL = new NumberFilter(null, null, null, null, null);

  public NumberFilter {
    if (digits != null) {
      digits = digits.replace("-", "").strip();
      if (digits.isEmpty()) {
        digits = null;
      } else if (!digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("a number search takes digits and hyphens only");
      }
    }
  }

  public Optional<String> digitsPart() {
    return Optional.ofNullable(digits);
  }

  /** The same filter restricted to one contract. */
  public NumberFilter withContract(ContractNumber value) {
    return new NumberFilter(voiceGroup, site, value, digits, type);
  }
}
