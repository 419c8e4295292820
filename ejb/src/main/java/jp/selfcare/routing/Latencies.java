package jp.selfcare.routing;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A timer's count, its p50, p95 and p99 and its recent maximum, as the operators' page shows them.
 * The percentiles are estimated from the timer's histogram buckets (the last few minutes), linearly
 * inside the bucket where the rank falls, so they are as exact as the buckets are narrow (about 19
 * % in {@link RoutingMeters}).
 */
public record Latencies(long count, Duration p50, Duration p95, Duration p99, Duration max) {

  static Latencies of(Timer timer) {
    HistogramSnapshot snapshot = timer.takeSnapshot();
    CountAtBucket[] buckets = snapshot.histogramCounts();
    // the buckets hold the recent window (cumulative from the lowest bound), the count everything
    long recent = buckets.length == 0 ? 0 : (long) buckets[buckets.length - 1].count();
    Duration max = Duration.ofNanos((long) snapshot.max(TimeUnit.NANOSECONDS));
    return new Latencies(
        snapshot.count(),
        atMost(percentile(buckets, recent, 0.50), max),
        atMost(percentile(buckets, recent, 0.95), max),
        atMost(percentile(buckets, recent, 0.99), max),
        max);
  }

  /** An estimate inside a bucket can pass the largest value seen; that value bounds it. */
  private static Duration atMost(Duration estimate, Duration max) {
    return max.isZero() || estimate.compareTo(max) <= 0 ? estimate : max;
  }

  /**
   * The value below which the given share of the recorded values lies, from cumulative bucket
   * counts; zero when nothing was recorded, the last bound when the rank lies beyond every bucket.
   */
  static Duration percentile(CountAtBucket[] buckets, long count, double share) {
    if (count == 0 || buckets.length == 0) {
      return Duration.ZERO;
    }
    double rank = Math.ceil(share * count);
    double lowerBound = 0;
    double lowerCount = 0;
    for (CountAtBucket bucket : buckets) {
      double upperBound = bucket.bucket(TimeUnit.NANOSECONDS);
      if (bucket.count() >= rank) {
        double inBucket = bucket.count() - lowerCount;
        double fraction = inBucket == 0 ? 1 : (rank - lowerCount) / inBucket;
        return Duration.ofNanos(Math.round(lowerBound + fraction * (upperBound - lowerBound)));
      }
      lowerBound = upperBound;
      lowerCount = bucket.count();
    }
    return Duration.ofNanos(Math.round(lowerBound));
  }
}
