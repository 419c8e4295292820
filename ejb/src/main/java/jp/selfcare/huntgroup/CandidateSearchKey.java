package jp.selfcare.huntgroup;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 代表子番号の候補検索キー (spec 30-settings-site.md §5): starts with 0, at most 11 digits, up to 2 hyphens (13
 * characters); candidates are found by prefix.
 */
public final class CandidateSearchKey {

  private static final Pattern TYPED = Pattern.compile("0[0-9]*(-[0-9]+){0,2}");

  private CandidateSearchKey() {}

  /** The digit prefix to search with, or empty when the key breaks the rule. */
  public static Optional<String> prefix(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > 13 || !TYPED.matcher(text).matches()) {
      return Optional.empty();
    }
    String digits = text.replace("-", "");
    return digits.length() <= 11 ? Optional.of(digits) : Optional.empty();
  }
}
