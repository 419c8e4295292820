package jp.selfcare.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The meters operators read: size and last update follow the cache, timers count and rank. */
class RoutingMetersTest {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicReference<RoutingMeters.Size> size =
      new AtomicReference<>(new RoutingMeters.Size(0, 0, null, 0, 0));
  private final RoutingMeters meters = new RoutingMeters(registry, size::get);

  @Test
  void sizeAndLastUpdateGaugesReadTheCacheWhenScraped() {
    assertThat(gauge("selfcare.routing.cache.numbers")).isZero();
    assertThat(gauge("selfcare.routing.cache.last.update.seconds")).as("before the load").isNaN();

    size.set(new RoutingMeters.Size(2150, 12, Instant.parse("2026-12-01T10:00:00.250Z"), 41, 1));

    assertThat(gauge("selfcare.routing.cache.numbers")).isEqualTo(2150);
    assertThat(gauge("selfcare.routing.cache.hunt.groups")).isEqualTo(12);
    assertThat(gauge("selfcare.routing.cache.last.update.seconds")).isEqualTo(1_796_119_200.25);
    assertThat(gauge("selfcare.routing.cache.version")).isEqualTo(41);
    assertThat(gauge("selfcare.routing.cache.missing.changes")).isEqualTo(1);
    assertThat(registry.scrape()).contains("selfcare_routing_cache_numbers 2150");
  }

  @Test
  void decisionsAreCountedPerDirectionWithTheirPercentiles() {
    for (int i = 1; i <= 100; i++) {
      meters.incoming(TimeUnit.MICROSECONDS.toNanos(i));
    }
    meters.outgoing(5_000);

    Latencies incoming = meters.incoming();
    assertThat(incoming.count()).isEqualTo(100);
    // ranked inside histogram buckets about 19 % wide
    assertThat(incoming.p50()).isBetween(Duration.ofNanos(45_000), Duration.ofNanos(55_000));
    assertThat(incoming.p99()).isBetween(Duration.ofNanos(90_000), Duration.ofNanos(100_000));
    assertThat(incoming.max()).isEqualTo(Duration.ofNanos(100_000));
    assertThat(meters.outgoing().count()).isEqualTo(1);
    assertThat(registry.scrape())
        .contains("selfcare_routing_decisions_total{direction=\"incoming\"} 100")
        .contains("selfcare_routing_decisions_total{direction=\"outgoing\"} 1")
        .containsPattern(
            "selfcare_routing_decisions_seconds\\{direction=\"incoming\",quantile=\"0.99\"\\}"
                + " (9\\.[0-9]+E-5|1\\.0E-4)")
        .contains(
            "selfcare_routing_decisions_seconds{direction=\"incoming\",quantile=\"1\"} 1.0E-4");
  }

  @Test
  void percentilesAreInterpolatedInsideTheBucketWhereTheRankFalls() {
    CountAtBucket[] buckets = {
      new CountAtBucket(1_000.0, 40),
      new CountAtBucket(2_000.0, 90),
      new CountAtBucket(4_000.0, 100)
    };

    assertThat(Latencies.percentile(buckets, 100, 0.20)).isEqualTo(Duration.ofNanos(500));
    assertThat(Latencies.percentile(buckets, 100, 0.50)).isEqualTo(Duration.ofNanos(1_200));
    assertThat(Latencies.percentile(buckets, 100, 0.95)).isEqualTo(Duration.ofNanos(3_000));
    assertThat(Latencies.percentile(buckets, 100, 0.99)).isEqualTo(Duration.ofNanos(3_800));
    assertThat(Latencies.percentile(buckets, 0, 0.99)).isEqualTo(Duration.ZERO);
    assertThat(Latencies.percentile(buckets, 120, 0.99))
        .as("beyond the last bucket")
        .isEqualTo(Duration.ofNanos(4_000));
  }

  @Test
  void reloadsAndRefreshesAreCountedApart() {
    meters.reloaded(150_000_000);
    meters.refreshed(2_000_000);
    meters.refreshed(4_000_000);

    assertThat(meters.reloads().count()).isEqualTo(1);
    assertThat(meters.refresh().count()).isEqualTo(2);
    assertThat(meters.incoming().count()).isZero();
    assertThat(registry.scrape())
        .contains("selfcare_routing_cache_refreshes_total 2")
        .contains("selfcare_routing_cache_reloads_total 1")
        .contains("selfcare_routing_cache_reloads_seconds{quantile=\"1\"} 0.15");
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }
}
