package jp.selfcare.routing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.selfcare.events.NumbersChanged;

/**
 * One committed entry of the routing change log: the numbers one transaction changed and which of
 * their parts. What the nodes of a cluster tell each other, and what a node that missed the message
 * reads back from the log.
 */
public record RoutingChange(long id, NumbersChanged.Part part, List<Long> ipNumberIds) {

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

  /** One line of a topic message: {@code id part numbers}. */
  String line() {
    return id + " " + part + " " + joined(ipNumberIds);
  }

  static RoutingChange ofLine(String line) {
    String[] fields = line.split(" ", 3);
    if (fields.length < 2) {
      throw new IllegalArgumentException("not a routing change: " + line);
    }
    return new RoutingChange(
        Long.parseLong(fields[0]),
        NumbersChanged.Part.valueOf(fields[1]),
        split(fields.length == 3 ? fields[2] : ""));
  }
}
