package jp.selfcare.settingschange;

import java.io.Serializable;

/** One field of a history entry's detail: its label's message key, the value before and after. */
public record FieldDifference(String label, Shown before, Shown after) implements Serializable {

  /** Whether the change touched this field (the page marks it). */
  public boolean changed() {
    return !before.equals(after);
  }
}
