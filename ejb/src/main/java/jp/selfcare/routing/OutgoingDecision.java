package jp.selfcare.routing;

/**
 * ALLOW with the number presented to the called party (null: withheld), BLOCK with the reason, or
 * NOT_IN_SERVICE for a caller the operator does not serve.
 */
public record OutgoingDecision(Action action, String presented, BlockReason reason) {

  /** The kind of decision. */
  public enum Action {
    ALLOW,
    BLOCK,
    NOT_IN_SERVICE
  }

  /** Why an outgoing call is blocked. */
  public enum BlockReason {
    INTERNATIONAL_SUSPENDED,
    OUTGOING_RESTRICTED
  }

  static OutgoingDecision allow(String presented) {
    return new OutgoingDecision(Action.ALLOW, presented, null);
  }

  static OutgoingDecision block(BlockReason reason) {
    return new OutgoingDecision(Action.BLOCK, null, reason);
  }

  static OutgoingDecision notInService() {
    return new OutgoingDecision(Action.NOT_IN_SERVICE, null, null);
  }
}
