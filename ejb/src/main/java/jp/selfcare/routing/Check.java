package jp.selfcare.routing;

import java.util.function.Supplier;

/**
 * One rule the decider checked, in order: whether it decided the call, and what it found (a short
 * English detail for operators; the simulator shows the rule by its name). The detail is worded
 * only when someone reads it, so the API's decisions build no text.
 */
public record Check(Rule rule, boolean decided, Supplier<String> explanation) {

  /** What the rule found. */
  public String detail() {
    return explanation.get();
  }

  /** The rules of 50-routing.md, in their evaluation order. */
  public enum Rule {
    IN_SERVICE,
    NUISANCE,
    ANONYMOUS,
    BULK,
    EFFECTIVE_SETTING,
    UNCONDITIONAL,
    RING,
    EMERGENCY,
    OUTGOING_RESTRICTION,
    INTERNATIONAL_SUSPENSION,
    PRESENTED_NUMBER
  }
}
