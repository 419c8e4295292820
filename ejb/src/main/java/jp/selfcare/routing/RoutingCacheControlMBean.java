package jp.selfcare.routing;

/**
 * The routing cache as a JMX MBean ({@value RoutingCacheControl#NAME}): what operators read and the
 * full reload they can force from JConsole or any JMX client connected to the management port.
 */
public interface RoutingCacheControlMBean {

  int getNumbers();

  int getHuntGroups();

  /** ISO-8601 instant of the last change, empty before the start-up load. */
  String getLastUpdate();

  long getIncomingDecisions();

  long getOutgoingDecisions();

  long getReloads();

  /** Reloads every number and hunt group and answers the new size as text. */
  String reload();
}
