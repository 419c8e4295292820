package jp.selfcare.forwarding;

import java.util.OptionalInt;

/** 呼出時間 of no-answer forwarding (spec 30-settings-site.md §1): 5–30 seconds, half-width digits. */
public final class RingTime {

  public static final int MIN_SECONDS = 5;
  public static final int MAX_SECONDS = 30;

  private RingTime() {}

  /** The seconds, or empty when the typed value breaks the rule. */
  public static OptionalInt seconds(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (!text.matches("[0-9]{1,2}")) {
      return OptionalInt.empty();
    }
    int seconds = Integer.parseInt(text);
    return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS
        ? OptionalInt.of(seconds)
        : OptionalInt.empty();
  }
}
