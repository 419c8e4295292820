package jp.selfcare.routing;

import java.time.Instant;
import java.util.Objects;

/** An incoming call to decide: the dialled number, the caller (null when none), how it arrives. */
public record IncomingCall(String called, String caller, Presentation presentation, Instant at) {

  public IncomingCall {
    Objects.requireNonNull(called);
    Objects.requireNonNull(presentation);
    Objects.requireNonNull(at);
  }
}
