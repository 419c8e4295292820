package jp.selfcare.routing;

import java.util.List;

/** A decision and every rule checked to reach it, in order (the last decided). */
public record Decided<T>(T decision, List<Check> checks) {

  public Decided {
    checks = List.copyOf(checks);
  }
}
