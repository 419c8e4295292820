package jp.selfcare.persistence;

/**
 * The one rule of every paged search a screen asks for: a page starts at 0 or later and holds 1 to
 * the search's largest page, so no request can ask a service for an unbounded result.
 */
public final class Pages {

  private Pages() {}

  /** Refuses a page outside the rule with {@link IllegalArgumentException}. */
  public static void require(int first, int size, int largest) {
    boolean within = first >= 0 && size >= 1 && size <= largest;
    if (!within) {
      throw new IllegalArgumentException("page must start at 0 or later and hold 1-" + largest);
    }
  }
}
