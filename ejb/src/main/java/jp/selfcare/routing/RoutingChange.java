package jp.selfcare.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.events.NumbersChanged;

/**
 * One committed entry of the routing change log: the numbers one transaction changed and which of
 * their parts. What the nodes of a cluster tell each other, and what a node that missed the message
 * reads back from the log. {@code changedAt} is when the row was written on its node, just before
 * that node's commit: a node that applies it records how long the change took to reach it.
 */
public record RoutingChange(
    long id, NumbersChanged.Part part, List<Long> ipNumberIds, Instant changedAt) {

  public RoutingChange {
    ipNumberIds = List.copyOf(ipNumberIds);
  }

  /** The numbers as the log and the topic write them: {@code 12,13,14}. */
  static String joined(List<Long> ipNumberIds) {
    return ipNumberIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static List<Long> split(String joined) {
    return joined.isEmpty()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
  }

  /** One line of a topic message: {@code id part epoch-millis numbers}. */
  String line() {
    return id + " " + part + " " + changedAt.toEpochMilli() + " " + joined(ipNumberIds);
  }

  static RoutingChange ofLine(String line) {
    String[] fields = line.split(" ", 4);
    if (fields.length < 3) {
      throw new IllegalArgumentException("not a routing change: " + line);
    }
    try {
      return new RoutingChange(
          Long.parseLong(fields[0]),
          NumbersChanged.Part.valueOf(fields[1]),
          split(fields.length == 4 ? fields[3] : ""),
          Instant.ofEpochMilli(Long.parseLong(fields[2])));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a routing change: " + line, e);
    }
  }
}
