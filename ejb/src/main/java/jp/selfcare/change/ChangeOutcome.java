package jp.selfcare.change;

import java.io.Serializable;
import java.util.List;

/**
 * The answer to a 設定 that checks every rule before it stores anything: the broken rules (each with
 * what it concerns), and none when the change was applied. The page shows every rule at once.
 */
public interface ChangeOutcome extends Serializable {

  /** The broken rules; empty when the change was applied. */
  List<?> problems();

  default boolean accepted() {
    return problems().isEmpty();
  }
}
