package jp.selfcare.routing;

import static jp.selfcare.routing.Snapshots.forwarding;
import static jp.selfcare.routing.Snapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many threads deciding while one applies changes to the same number: every decision matches one
 * whole version of the number, never a mix of two (spec 50-routing.md, the concurrency test).
 */
class ConcurrentDecisionsTest {

  private static final String CALLED = "0350000001";
  private static final String CALLER = "0399990000";

  /** Version A rejects the caller; version B forwards every call to B's destination. */
  private static final NumberSnapshot A =
      snapshot(CALLED).blocked(CALLER).own(forwarding("U", "", "0311110000", false)).build();

  private static final NumberSnapshot B =
      snapshot(CALLED).own(forwarding("U", "", "0322220000", false)).build();

  @Test
  void noDecisionSeesHalfAChange() throws Exception {
    RoutingCache.State state = new RoutingCache.State(Map.of(CALLED, A), Map.of());
    AtomicBoolean writing = new AtomicBoolean(true);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicLong decisions = new AtomicLong();
    int readers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<?> writer =
          pool.submit(
              () -> {
                start.await();
                // alternate until the deciders have decided many times during the changes (on a
                // busy machine they may start late); bounded by puts, not by time
                for (long i = 0;
                    i < 200_000 || (decisions.get() < 100_000 && i < 500_000_000L);
                    i++) {
                  state.put(i % 2 == 0 ? B : A);
                }
                writing.set(false);
                return null;
              });
      List<Future<?>> deciders = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        deciders.add(
            pool.submit(
                () -> {
                  start.await();
                  Instant at = Instant.parse("2026-12-07T01:00:00Z");
                  do {
                    IncomingDecision d =
                        CallDecider.incoming(
                                new IncomingCall(CALLED, CALLER, Presentation.NUMBER, at), state)
                            .decision();
                    seen.add(d.action() + " " + d.reason() + " " + d.destination());
                    decisions.incrementAndGet();
                  } while (writing.get());
                  return null;
                }));
      }
      start.countDown();
      writer.get();
      for (Future<?> f : deciders) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen)
        .as("only whole versions: A rejects, B forwards to its own destination")
        .isSubsetOf("REJECT NUISANCE null", "FORWARD ALWAYS 0322220000")
        .contains("FORWARD ALWAYS 0322220000");
  }
}
