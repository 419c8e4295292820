package jp.selfcare.routing;

import java.time.Instant;
import java.util.Objects;

/** An outgoing call to decide: the calling IP telephone number and the digits dialled. */
public record OutgoingCall(String caller, String dialed, Instant at) {

  public OutgoingCall {
    Objects.requireNonNull(caller);
    Objects.requireNonNull(dialed);
    Objects.requireNonNull(at);
  }
}
