package jp.selfcare.routing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.reservation.Slot;
import jp.selfcare.routing.Check.Rule;
import jp.selfcare.routing.IncomingDecision.Reason;
import jp.selfcare.routing.OutgoingDecision.BlockReason;

/**
 * The call decisions of 50-routing.md as pure functions of the snapshots: no I/O, no locks. Each
 * decision comes with the rules it checked, in evaluation order, so the API and the call-path
 * simulator run the same code.
 *
 * <p>Decisions where the spec leaves room (documented in docs/architecture.md): a forwarding
 * destination that is international while international call suspension is on is treated as not set
 * (an unconditional forwarding to it falls through to RING, a conditional one is left out); a
 * round-robin hunt group rotates over all its lines, the parent included, one step per decision.
 */
public final class CallDecider {

  private static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Tokyo");

  /**
   * Police, coast guard, fire and ambulance: connected whatever the number's restrictions, because
   * a line that may call nowhere else must still reach them.
   */
  private static final Set<String> EMERGENCY_NUMBERS = Set.of("110", "118", "119");

  private CallDecider() {}

  /** The incoming decision for a call. */
  public static Decided<IncomingDecision> incoming(IncomingCall call, RoutingView view) {
    List<Check> checks = new ArrayList<>();
    Optional<NumberSnapshot> found = view.number(call.called());
    if (found.isEmpty()) {
      checks.add(new Check(Rule.IN_SERVICE, true, () -> "not a number of this operator"));
      return new Decided<>(IncomingDecision.notInService(), checks);
    }
    NumberSnapshot n = found.get();
    checks.add(new Check(Rule.IN_SERVICE, false, () -> n.digits()));

    boolean byNumber = call.presentation() == Presentation.NUMBER && call.caller() != null;
    if (byNumber && n.blocked().contains(call.caller())) {
      checks.add(new Check(Rule.NUISANCE, true, () -> call.caller() + " is on the blocked list"));
      return new Decided<>(IncomingDecision.reject(Reason.NUISANCE), checks);
    }
    checks.add(
        new Check(
            Rule.NUISANCE,
            false,
            () ->
                n.blocked().isEmpty()
                    ? "no blocked list"
                    : byNumber ? "caller not on the list" : "no caller number to compare"));

    if (call.presentation() == Presentation.ANONYMOUS && n.anonymousRejection()) {
      checks.add(new Check(Rule.ANONYMOUS, true, () -> "withheld number, anonymous rejection on"));
      return new Decided<>(IncomingDecision.reject(Reason.ANONYMOUS), checks);
    }
    checks.add(
        new Check(
            Rule.ANONYMOUS,
            false,
            () ->
                n.anonymousRejection() ? call.presentation().name() + " is not rejected" : "off"));

    if (n.bulkDestination() != null) {
      checks.add(new Check(Rule.BULK, true, () -> "bulk forwarding to " + n.bulkDestination()));
      return new Decided<>(IncomingDecision.forward(Reason.BULK, n.bulkDestination()), checks);
    }
    checks.add(new Check(Rule.BULK, false, () -> "not bulk-forwarding"));

    ZoneId zone = n.zone() == null ? FALLBACK_ZONE : n.zone();
    Slot slot =
        n.reservation() == null
            ? null
            : n.reservation().slotAt(LocalDateTime.ofInstant(call.at(), zone));
    ForwardingSetting effective =
        slot == null ? n.own() : n.reservation().patterns().get(slot.pattern()).setting();
    Reason reason = slot == null ? Reason.ALWAYS : Reason.SCHEDULE;
    checks.add(
        new Check(
            Rule.EFFECTIVE_SETTING,
            false,
            () -> slot == null ? "own setting" : "reservation slot " + slot.pattern()));

    if (effective.forward() && effective.unconditional()) {
      String destination = destination(effective, effective.target(), n);
      if (destination != null) {
        checks.add(new Check(Rule.UNCONDITIONAL, true, () -> "unconditional to " + destination));
        return new Decided<>(IncomingDecision.forward(reason, destination), checks);
      }
      checks.add(
          new Check(Rule.UNCONDITIONAL, false, () -> "destination suspended (international)"));
    } else {
      checks.add(new Check(Rule.UNCONDITIONAL, false, () -> "no unconditional forwarding"));
    }

    List<String> targets = targets(n, view);
    boolean conditional = effective.forward() && !effective.unconditional();
    String to = conditional ? destination(effective, effective.target(), n) : null;
    IncomingDecision ring =
        IncomingDecision.ring(
            targets,
            conditional && effective.noAnswer() && to != null ? effective.ringSeconds() : null,
            conditional && effective.busy() ? to : null,
            conditional && effective.noAnswer() ? to : null,
            conditional && effective.unreachable() ? to : null);
    checks.add(new Check(Rule.RING, true, () -> "ring " + String.join(",", targets)));
    return new Decided<>(ring, checks);
  }

  /** The outgoing decision for a call. */
  public static Decided<OutgoingDecision> outgoing(OutgoingCall call, RoutingView view) {
    List<Check> checks = new ArrayList<>();
    Optional<NumberSnapshot> found = view.number(call.caller());
    if (found.isEmpty()) {
      checks.add(new Check(Rule.IN_SERVICE, true, () -> "not a number of this operator"));
      return new Decided<>(OutgoingDecision.notInService(), checks);
    }
    NumberSnapshot n = found.get();
    checks.add(new Check(Rule.IN_SERVICE, false, () -> n.digits()));
    String dialed = call.dialed();
    Boolean thisCall = null;
    if (dialed.startsWith("184")) {
      thisCall = false;
      dialed = dialed.substring(3);
    } else if (dialed.startsWith("186")) {
      thisCall = true;
      dialed = dialed.substring(3);
    }
    if (EMERGENCY_NUMBERS.contains(dialed)) {
      String number = dialed;
      checks.add(new Check(Rule.EMERGENCY, true, () -> number + " is an emergency number"));
      return new Decided<>(allowed(n, thisCall, view, checks), checks);
    }
    if (n.outgoingRestricted()) {
      checks.add(new Check(Rule.OUTGOING_RESTRICTION, true, () -> "outgoing restriction on"));
      return new Decided<>(OutgoingDecision.block(BlockReason.OUTGOING_RESTRICTED), checks);
    }
    checks.add(new Check(Rule.OUTGOING_RESTRICTION, false, () -> "off"));

    boolean internationalCall = international(dialed);
    if (internationalCall && n.internationalSuspended()) {
      checks.add(
          new Check(Rule.INTERNATIONAL_SUSPENSION, true, () -> "international call suspended"));
      return new Decided<>(OutgoingDecision.block(BlockReason.INTERNATIONAL_SUSPENDED), checks);
    }
    checks.add(
        new Check(
            Rule.INTERNATIONAL_SUSPENSION,
            false,
            () -> internationalCall ? "suspension off" : "not international"));
    return new Decided<>(allowed(n, thisCall, view, checks), checks);
  }

  /** ALLOW with the number this call presents: 184/186 for this call, else the number's switch. */
  private static OutgoingDecision allowed(
      NumberSnapshot n, Boolean thisCall, RoutingView view, List<Check> checks) {
    String presented = presentedNumber(n, view);
    boolean perCall = thisCall != null;
    boolean present = perCall ? thisCall : n.callerIdPresented();
    checks.add(
        new Check(
            Rule.PRESENTED_NUMBER,
            true,
            () ->
                present
                    ? "present " + presented
                    : perCall ? "184: withheld for this call" : "caller ID withheld"));
    return OutgoingDecision.allow(present ? presented : null);
  }

  /** Whether dialled digits are an international call (010… or 0033-010…). */
  public static boolean international(String digits) {
    return digits.startsWith("010") || digits.startsWith("0033010");
  }

  private static String presentedNumber(NumberSnapshot n, RoutingView view) {
    if (n.specificPresented() != null) {
      return n.specificPresented();
    }
    if (n.huntGroup() != null) {
      Optional<HuntSnapshot> group = view.group(n.huntGroup());
      if (group.isPresent() && group.get().presentation() == NumberPresentation.PARENT) {
        return group.get().parent();
      }
    }
    return n.digits();
  }

  private static List<String> targets(NumberSnapshot n, RoutingView view) {
    if (n.huntGroup() == null) {
      return List.of(n.digits());
    }
    Optional<HuntSnapshot> found = view.group(n.huntGroup());
    if (found.isEmpty() || !found.get().parent().equals(n.digits())) {
      return List.of(n.digits());
    }
    HuntSnapshot group = found.get();
    List<String> lines = group.lines();
    if (group.method() == CallMethod.SEQUENTIAL) {
      return lines;
    }
    int start = (int) Math.floorMod(view.nextRotation(group.id()), (long) lines.size());
    List<String> rotated = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      rotated.add(lines.get((start + i) % lines.size()));
    }
    return rotated;
  }

  /** The digits or VOICEMAIL a target names; null when suspended or not usable. */
  private static String destination(
      ForwardingSetting setting, ForwardingTarget target, NumberSnapshot n) {
    if (target == null) {
      return null;
    }
    if (target == ForwardingTarget.VOICEMAIL) {
      return n.messageBox() ? IncomingDecision.VOICEMAIL : null;
    }
    String digits = setting.lists().get(target.listIndex());
    if (digits.isEmpty() || (n.internationalSuspended() && international(digits))) {
      return null;
    }
    return digits;
  }
}
