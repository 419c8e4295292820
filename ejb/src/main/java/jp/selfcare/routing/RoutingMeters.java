package jp.selfcare.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The routing cache's meters. The server's registry (Micrometer; Prometheus text at {@code
 * /metrics} on the management port) gets {@code selfcare_routing_*}: the cache's size and last
 * update, its version (the newest routing change-log entry applied) and the entries below it not
 * applied yet, decisions per direction, another node's change until it is applied here
 * (propagation, from its change-log row's writing; node clocks are assumed in step, as NTP keeps
 * them), full reloads and per-number refreshes (a refresh's time is the time from the commit to the
 * change being visible to decisions on this server) as counters, and each one's p50, p95, p99 and
 * maximum over the last few minutes as gauges.
 *
 * <p>Why the timers live in a registry of their own: WildFly hands an application a registry that
 * forwards only {@code counter/gauge/timer(name, tags)} to the server's, with no histogram
 * configuration, and its Micrometer module lacks HdrHistogram for client-side percentiles. So the
 * timers are kept here with fixed bucket bounds (about 19 % apart) and ranked by {@link Latencies},
 * and the server's registry reads the results as gauges and function counters.
 */
final class RoutingMeters {

  /** Decision bounds: 100 ns to 100 ms. */
  private static final Duration[] DECISION_BUCKETS = buckets(100, 100_000_000);

  /** Refresh bounds: 10 µs to 10 s. */
  private static final Duration[] REFRESH_BUCKETS = buckets(10_000, 10_000_000_000L);

  private final MeterRegistry own = new SimpleMeterRegistry();
  private final Timer incoming = timer("incoming", DECISION_BUCKETS);
  private final Timer outgoing = timer("outgoing", DECISION_BUCKETS);
  private final Timer refresh = timer("refresh", REFRESH_BUCKETS);
  private final Timer reloads = timer("reload", REFRESH_BUCKETS);
  private final Timer propagation = timer("propagation", REFRESH_BUCKETS);

  /** Held here: the server's registry keeps only weak references to what its gauges read. */
  private final Supplier<Size> size;

  RoutingMeters(MeterRegistry server, Supplier<Size> size) {
    this.size = size;
    server.gauge("selfcare.routing.cache.numbers", Tags.empty(), size, s -> s.get().numbers());
    server.gauge("selfcare.routing.cache.hunt.groups", Tags.empty(), size, s -> s.get().groups());
    server.gauge(
        "selfcare.routing.cache.last.update.seconds",
        Tags.empty(),
        size,
        RoutingMeters::lastUpdateSeconds);
    server.gauge("selfcare.routing.cache.version", Tags.empty(), size, s -> s.get().version());
    server.gauge(
        "selfcare.routing.cache.missing.changes", Tags.empty(), size, s -> s.get().missing());
    export(server, "selfcare.routing.decisions", Tags.of("direction", "incoming"), incoming);
    export(server, "selfcare.routing.decisions", Tags.of("direction", "outgoing"), outgoing);
    export(server, "selfcare.routing.cache.refreshes", Tags.empty(), refresh);
    export(server, "selfcare.routing.cache.reloads", Tags.empty(), reloads);
    export(server, "selfcare.routing.cache.propagation", Tags.empty(), propagation);
  }

  private Timer timer(String name, Duration[] bounds) {
    return Timer.builder(name).serviceLevelObjectives(bounds).register(own);
  }

  /** {@code name} counts; {@code name.seconds{quantile}} ranks the recent ones. */
  private static void export(MeterRegistry server, String name, Tags tags, Timer timer) {
    server.more().counter(name, tags, timer, Timer::count);
    quantile(server, name, tags, "0.5", timer, Latencies::p50);
    quantile(server, name, tags, "0.95", timer, Latencies::p95);
    quantile(server, name, tags, "0.99", timer, Latencies::p99);
    quantile(server, name, tags, "1", timer, Latencies::max);
  }

  private static void quantile(
      MeterRegistry server,
      String name,
      Tags tags,
      String quantile,
      Timer timer,
      Function<Latencies, Duration> pick) {
    server.gauge(
        name + ".seconds",
        tags.and("quantile", quantile),
        timer,
        t -> pick.apply(Latencies.of(t)).toNanos() / 1e9);
  }

  /**
   * Bounds from {@code fromNanos} to {@code toNanos}, each about 19 % (a quarter power of two) up.
   */
  private static Duration[] buckets(long fromNanos, long toNanos) {
    double step = Math.pow(2, 0.25);
    return Stream.iterate((double) fromNanos, b -> b <= toNanos, b -> b * step)
        .map(b -> Duration.ofNanos(Math.round(b)))
        .toArray(Duration[]::new);
  }

  private static double lastUpdateSeconds(Supplier<Size> size) {
    Instant last = size.get().lastUpdate();
    return last == null ? Double.NaN : last.toEpochMilli() / 1000.0;
  }

  void incoming(long nanos) {
    incoming.record(nanos, TimeUnit.NANOSECONDS);
  }

  void outgoing(long nanos) {
    outgoing.record(nanos, TimeUnit.NANOSECONDS);
  }

  void refreshed(long nanos) {
    refresh.record(nanos, TimeUnit.NANOSECONDS);
  }

  void reloaded(long nanos) {
    reloads.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Another node's change applied here: from its change-log row's writing to now. */
  void propagated(Duration took) {
    propagation.record(took.isNegative() ? Duration.ZERO : took);
  }

  /** The counts and latencies an operator reads. */
  Latencies incoming() {
    return Latencies.of(incoming);
  }

  Latencies outgoing() {
    return Latencies.of(outgoing);
  }

  Latencies refresh() {
    return Latencies.of(refresh);
  }

  Latencies reloads() {
    return Latencies.of(reloads);
  }

  Latencies propagation() {
    return Latencies.of(propagation);
  }

  /** What the size gauges read. */
  record Size(int numbers, int groups, Instant lastUpdate, long version, int missing) {}
}
