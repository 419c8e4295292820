package jp.selfcare.routing;

import java.util.Optional;

/** What the decider reads: snapshots by number and group, and the round-robin rotation. */
public interface RoutingView {

  Optional<NumberSnapshot> number(String digits);

  Optional<HuntSnapshot> group(long id);

  /** The group's rotation for this decision (0, 1, 2, … — advances with every call). */
  long nextRotation(long groupId);
}
