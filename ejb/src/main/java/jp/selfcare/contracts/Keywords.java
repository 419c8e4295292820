package jp.selfcare.contracts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a keyword filter: separated by half- or full-width spaces, all of which must match.
 * Words are compared in their NFKC form ignoring case, so ＮＴＴ finds NTT and a full-width contract
 * number finds the contract.
 */
public record Keywords(List<String> words) {

  /** At most this many words; a longer search is almost certainly pasted by mistake. */
  public static final int MAX_WORDS = 10;

  /** No word: everything matches. */
  public static final Keywords NONE = new Keywords(List.of());

  public Keywords {
    words = List.copyOf(words);
    if (words.size() > MAX_WORDS) {
      throw new IllegalArgumentException("at most " + MAX_WORDS + " keywords");
    }
  }

  /**
   * The words of what the user typed.
   *
   * @throws IllegalArgumentException with more than {@link #MAX_WORDS} words
   */
  public static Keywords parse(String text) {
    if (text == null) {
      return NONE;
    }
    // NFKC turns the full-width space (U+3000) into a plain one and full-width letters and digits
    // into half-width ones.
    String normal = normalise(text);
    return new Keywords(
        Arrays.stream(normal.split("\\s+")).filter(w -> !w.isEmpty()).distinct().toList());
  }

  /** A text as keywords are compared with it. */
  public static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }
}
