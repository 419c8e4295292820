package jp.selfcare.demo;

import java.util.Locale;

/** Which demo data to load, from the {@code selfcare.demo} property. */
public enum DemoSet {
  /** No demo data: the production setting. */
  NONE,
  /** Two customers, about 2,150 numbers, every add-on. */
  STANDARD,
  /** The standard set plus about 98,000 more numbers, for benchmarks. */
  LARGE;

  /** Reads the property value; anything unknown is refused rather than guessed. */
  public static DemoSet of(String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }
}
