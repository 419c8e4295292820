package jp.selfcare.routing;

import java.util.List;

/**
 * What the network does with an incoming call (spec 50-routing.md): REJECT with a reason, FORWARD
 * to a destination (digits or {@value #VOICEMAIL}), RING the targets in order with the conditional
 * forwarding, or NOT_IN_SERVICE.
 */
public record IncomingDecision(
    Action action,
    Reason reason,
    String destination,
    List<String> targets,
    Integer ringSeconds,
    String onBusy,
    String onNoAnswer,
    String onUnreachable) {

  /** The destination that stands for the number's message box. */
  public static final String VOICEMAIL = "VOICEMAIL";

  /** The kind of decision. */
  public enum Action {
    REJECT,
    FORWARD,
    RING,
    NOT_IN_SERVICE
  }

  /** Why a call is rejected or forwarded. */
  public enum Reason {
    NUISANCE,
    ANONYMOUS,
    BULK,
    ALWAYS,
    SCHEDULE
  }

  public IncomingDecision {
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  static IncomingDecision reject(Reason reason) {
    return new IncomingDecision(Action.REJECT, reason, null, null, null, null, null, null);
  }

  static IncomingDecision forward(Reason reason, String destination) {
    return new IncomingDecision(Action.FORWARD, reason, destination, null, null, null, null, null);
  }

  static IncomingDecision ring(
      List<String> targets,
      Integer ringSeconds,
      String onBusy,
      String onNoAnswer,
      String onUnreachable) {
    return new IncomingDecision(
        Action.RING, null, null, targets, ringSeconds, onBusy, onNoAnswer, onUnreachable);
  }

  static IncomingDecision notInService() {
    return new IncomingDecision(Action.NOT_IN_SERVICE, null, null, null, null, null, null, null);
  }
}
