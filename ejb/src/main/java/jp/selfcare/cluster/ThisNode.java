package jp.selfcare.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This server's name among the nodes of a cluster: WildFly's {@code jboss.node.name} (set per node
 * by {@code ./run.sh cluster} and in production; the host name otherwise).
 */
public final class ThisNode {

  /** The name. */
  public static final String NAME = name();

  private ThisNode() {}

  private static String name() {
    String node = System.getProperty("jboss.node.name");
    if (node != null && !node.isBlank()) {
      return node;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
