package jp.selfcare.routing;

/**
 * One rule the decider checked, in order: whether it decided the call, and what it found (a short
 * English detail for operators; the simulator shows the rule by its name).
 */
public record Check(Rule rule, boolean decided, String detail) {

  /** The rules of 50-routing.md, in their evaluation order. */
  public enum Rule {
    IN_SERVICE,
    NUISANCE,
    ANONYMOUS,
    BULK,
    EFFECTIVE_SETTING,
    UNCONDITIONAL,
    RING,
    OUTGOING_RESTRICTION,
    INTERNATIONAL_SUSPENSION,
    PRESENTED_NUMBER
  }
}
