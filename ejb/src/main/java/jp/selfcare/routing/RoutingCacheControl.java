package jp.selfcare.routing;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The routing cache's JMX face, registered by the cache at start-up and removed when it stops. JMX
 * on WildFly is reached through the management interface, so only management users can call it; the
 * call is logged with the resulting size.
 */
public final class RoutingCacheControl implements RoutingCacheControlMBean {

  /** The MBean's object name. */
  public static final String NAME = "jp.selfcare:type=RoutingCache";

  private static final Logger LOG = Logger.getLogger(RoutingCacheControl.class.getName());

  private final RoutingCache cache;

  private RoutingCacheControl(RoutingCache cache) {
    this.cache = cache;
  }

  static void register(RoutingCache cache) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new RoutingCacheControl(cache), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, e, () -> "routing cache MBean not registered");
    }
  }

  static void unregister() {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName name = new ObjectName(NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
    } catch (JMException e) {
      LOG.log(Level.WARNING, e, () -> "routing cache MBean not unregistered");
    }
  }

  @Override
  public int getNumbers() {
    return cache.stats().numbers();
  }

  @Override
  public int getHuntGroups() {
    return cache.stats().groups();
  }

  @Override
  public String getLastUpdate() {
    RoutingCache.Stats stats = cache.stats();
    return stats.lastUpdate() == null ? "" : stats.lastUpdate().toString();
  }

  @Override
  public long getIncomingDecisions() {
    return cache.stats().incoming().count();
  }

  @Override
  public long getOutgoingDecisions() {
    return cache.stats().outgoing().count();
  }

  @Override
  public long getReloads() {
    return cache.stats().reloads().count();
  }

  @Override
  public String reload() {
    cache.reloadForManagement();
    RoutingCache.Stats stats = cache.stats();
    String result = stats.numbers() + " numbers, " + stats.groups() + " hunt groups";
    LOG.info(() -> "routing cache reloaded over JMX: " + result);
    return result;
  }
}
