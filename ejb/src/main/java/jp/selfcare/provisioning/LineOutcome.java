package jp.selfcare.provisioning;

import java.io.Serializable;

/**
 * What became of one line of an order file.
 *
 * @param orderId null when the line had none readable
 * @param kind the kind's name as the line gave it; null when none was readable
 * @param reason null unless refused
 * @param detail the refusal's field, value or number; for a skipped order, where it was applied
 */
public record LineOutcome(
    int line, String orderId, String kind, Outcome outcome, Reason reason, String detail)
    implements Serializable {

  /** Applied now; skipped as applied before; refused for its reason. */
  public enum Outcome {
    APPLIED,
    SKIPPED,
    REFUSED
  }
}
