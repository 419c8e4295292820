package jp.selfcare.web.routing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import jp.selfcare.routing.Latencies;
import jp.selfcare.routing.RoutingCache;
import jp.selfcare.web.i18n.Messages;

/**
 * The operators' view of the routing cache (/operator/routing.xhtml; operator role, checked again
 * by {@link RoutingCache#forceReload()}): size, last update, decision counts with latency
 * percentiles, the full reload, and each node's cache version.
 */
@Named
@RequestScoped
public class OperatorRoutingPage {

  /** One timer's row on the page. */
  public record Row(String kind, Latencies latencies) {}

  @EJB private RoutingCache cache;

  private RoutingCache.Stats stats;

  private RoutingCache.Versions versions;

  /** Every node's cache version as the nodes last reported, and the change log's newest entry. */
  public RoutingCache.Versions getVersions() {
    if (versions == null) {
      versions = cache.versions();
    }
    return versions;
  }

  /** The node serving this page. */
  public String getThisNode() {
    return cache.node();
  }

  public RoutingCache.Stats getStats() {
    if (stats == null) {
      stats = cache.stats();
    }
    return stats;
  }

  public List<Row> getRows() {
    RoutingCache.Stats s = getStats();
    return List.of(
        new Row("incoming", s.incoming()),
        new Row("outgoing", s.outgoing()),
        new Row("refresh", s.refresh()),
        new Row("reloads", s.reloads()),
        new Row("propagation", s.propagation()));
  }

  /** A latency in microseconds below a millisecond (where decisions live), else milliseconds. */
  public String shown(Duration duration) {
    double micros = duration.toNanos() / 1000.0;
    return micros < 1000
        ? String.format("%.1f µs", micros)
        : String.format("%.2f ms", micros / 1000);
  }

  public void reload() {
    stats = cache.forceReload();
    Messages.info("routingops.reloaded", stats.numbers(), stats.groups());
  }
}
