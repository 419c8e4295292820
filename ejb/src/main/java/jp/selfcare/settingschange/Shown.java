package jp.selfcare.settingschange;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A value as the settings history shows it, in the reader's language: a run of words, each either a
 * message key the page translates or text shown as it is (numbers, names, punctuation).
 */
public record Shown(List<Word> words) implements Serializable {

  /** One word: a message key, or literal text. */
  public record Word(String key, String text) implements Serializable {}

  /** "-": nothing set. */
  public static final Shown NOTHING = text("-");

  public Shown {
    words = List.copyOf(words);
  }

  public static Shown text(String text) {
    return new Shown(List.of(new Word(null, text)));
  }

  public static Shown key(String key) {
    return new Shown(List.of(new Word(key, null)));
  }

  /** The text, or "-" when it is empty. */
  public static Shown orNothing(String text) {
    return text == null || text.isEmpty() ? NOTHING : text(text);
  }

  /** Builds a value word by word. */
  public static Builder builder() {
    return new Builder();
  }

  /** Appends words in order. */
  public static final class Builder {
    private final List<Word> words = new ArrayList<>();

    public Builder key(String key) {
      words.add(new Word(key, null));
      return this;
    }

    public Builder text(String text) {
      words.add(new Word(null, text));
      return this;
    }

    public boolean isEmpty() {
      return words.isEmpty();
    }

    public Shown build() {
      return words.isEmpty() ? NOTHING : new Shown(words);
    }
  }
}
