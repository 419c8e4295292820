package jp.selfcare.routing;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This server's name among the nodes of a cluster: WildFly's {@code jboss.node.name}. */
final class Nodes {

  static final String THIS = name();

  private Nodes() {}

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
