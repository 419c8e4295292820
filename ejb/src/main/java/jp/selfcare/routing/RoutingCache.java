package jp.selfcare.routing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.selfcare.cluster.ThisNode;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.events.NumbersChanged;

/**
 * The routing cache (spec 50-routing.md): every number's {@link NumberSnapshot} and every hunt
 * group's {@link HuntSnapshot} in memory, loaded completely at start-up (readiness stays DOWN until
 * this {@code @Startup} bean has loaded) and updated per number after each committed change.
 *
 * <p>Concurrency: decisions take no lock. A decision reads one {@link State} (maps of immutable
 * snapshots) and each number's snapshot is replaced as a whole, so a decision sees a number either
 * before or after a change, never half of it. Writers — the after-commit observer and the
 * operators' full reload — are serialised by one lock and read the database inside it, so the last
 * snapshot applied is always read after the last commit that asked for it. A full reload builds a
 * new {@link State} and swaps it in one volatile write. The observer runs in the committing thread
 * after the commit, so the change is visible before the request that made it returns — except a
 * bulk upload's chunk, reloaded by a managed executor while the job checks the next chunk (in
 * whatever order the reloads run, each reads after its commit, so the last one applied is the
 * newest); the cache itself runs without a transaction and the loader reads in one of its own.
 *
 * <p>A cluster: every node holds its own cache. Each change is also an entry of the routing change
 * log ({@link RoutingChanges}), written in the change's transaction; after the commit the {@code
 * RoutingChanges} topic tells every node its id and numbers, and the other nodes reload those
 * numbers ({@link #apply}). The ids a cache applied are its version ({@link AppliedChanges}); every
 * {@value #RECONCILE_SECONDS} seconds each node reads the log above its version and applies what it
 * missed (a lost message, a node that started late), and reports its version for the operators.
 *
 * <p>Operators: the size, last update, decision counts and latency percentiles are metrics ({@link
 * RoutingMeters}, {@code /metrics} on the management port) and on the operators' page, which also
 * forces a full reload; the same reload is a JMX operation ({@link RoutingCacheControl}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class RoutingCache {

  private static final Logger LOG = Logger.getLogger(RoutingCache.class.getName());

  @EJB private SnapshotLoader loader;

  @EJB private RejectionJournal rejections;

  @EJB private RoutingChanges changes;

  @Inject private MeterRegistry registry;

  /** Runs the reloads a bulk upload's chunks leave to the background. */
  @Resource private ManagedExecutorService background;

  private RoutingMeters meters;

  private final Object writers = new Object();
  private volatile State state = new State(Map.of(), Map.of());
  private volatile Instant lastUpdate;
  private final Map<Long, AtomicLong> rotations = new ConcurrentHashMap<>();

  /** How often each node reads the change log for entries it missed. */
  static final int RECONCILE_SECONDS = 10;

  /**
   * How long a gap in the change ids is waited for before it is taken for a rolled-back change:
   * longer than any transaction may run (the transaction manager's timeout is 5 minutes).
   */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  /** How long the change log is kept: far longer than the patience. */
  static final Duration LOG_KEPT = Duration.ofDays(1);

  /** The change-log entries applied. Guarded by {@link #writers}. */
  private AppliedChanges applied;

  /** What {@link #applied} says, for readers that must not wait for the writers' lock. */
  private volatile long version;

  private volatile int missing;

  /**
   * Whether applied entries count towards the propagation meter: not in the reconciliation at
   * start-up, which reads the log of the last minutes. Guarded by {@link #writers}.
   */
  private boolean propagationMeasured;

  /** The snapshots one decision reads, by number and by group. */
  static final class State implements RoutingView {
    private final Map<String, NumberSnapshot> numbers;
    private final Map<Long, HuntSnapshot> groups;
    private final Map<Long, AtomicLong> rotations;

    State(Map<String, NumberSnapshot> numbers, Map<Long, HuntSnapshot> groups) {
      this(numbers, groups, new ConcurrentHashMap<>());
    }

    private State(
        Map<String, NumberSnapshot> numbers,
        Map<Long, HuntSnapshot> groups,
        Map<Long, AtomicLong> rotations) {
      this.numbers = new ConcurrentHashMap<>(numbers);
      this.groups = new ConcurrentHashMap<>(groups);
      this.rotations = rotations;
    }

    /** Replaces one number's snapshot as a whole. */
    void put(NumberSnapshot snapshot) {
      numbers.put(snapshot.digits(), snapshot);
    }

    void put(HuntSnapshot group) {
      groups.put(group.id(), group);
    }

    @Override
    public Optional<NumberSnapshot> number(String digits) {
      return Optional.ofNullable(numbers.get(digits));
    }

    @Override
    public Optional<HuntSnapshot> group(long id) {
      return Optional.ofNullable(groups.get(id));
    }

    @Override
    public long nextRotation(long groupId) {
      return rotations.computeIfAbsent(groupId, g -> new AtomicLong()).getAndIncrement();
    }
  }

  /**
   * What operators see of the cache: its size, when it last changed, the decisions and their
   * latencies, the per-number refreshes after commits (commit to visible) and the full reloads.
   */
  public record Stats(
      int numbers,
      int groups,
      Instant lastUpdate,
      Latencies incoming,
      Latencies outgoing,
      Latencies refresh,
      Latencies reloads,
      Latencies propagation,
      long version,
      int missing) {}

  /**
   * Every node's cache as it last reported itself, and the newest entry of the change log: a node
   * whose version is below it has not applied every change yet.
   */
  public record Versions(long latest, List<RoutingChanges.NodeVersion> nodes) {}

  @PostConstruct
  void load() {
    meters = new RoutingMeters(registry, this::size);
    synchronized (writers) {
      applied = new AppliedChanges(changes.settledFloor(Instant.now().minus(PATIENCE)), PATIENCE);
    }
    reloadAll();
    reconcile();
    synchronized (writers) {
      propagationMeasured = true;
    }
    RoutingCacheControl.register(this);
  }

  @PreDestroy
  void unregister() {
    RoutingCacheControl.unregister();
  }

  /** Reloads everything (start-up and operators): the new state replaces the old at once. */
  @RolesAllowed("operator")
  public Stats forceReload() {
    reloadAll();
    return stats();
  }

  private void reloadAll() {
    synchronized (writers) {
      long started = System.nanoTime();
      SnapshotLoader.Loaded loaded = loader.all();
      state = new State(loaded.numbers(), loaded.groups(), rotations);
      lastUpdate = Instant.now();
      meters.reloaded(System.nanoTime() - started);
      LOG.info(
          () ->
              "routing cache loaded: "
                  + loaded.numbers().size()
                  + " numbers, "
                  + loaded.groups().size()
                  + " hunt groups in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    }
  }

  /**
   * After a change commits: reloads that number (and the hunt groups it is part of). The change is
   * committed whatever happens here, so a failure to reload is logged, never thrown back at the
   * request that made the change; the number is reloaded with the next change or full reload.
   */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumberChanged change) {
    try {
      refresh(List.of(change.ipNumberId()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, e, () -> "routing cache could not reload number " + change.ipNumberId());
    }
  }

  /**
   * After a chunk of a bulk job commits: reloads its numbers in one read (only their forwarding
   * part when only that changed).
   */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumbersChanged change) {
    if (change.background()) {
      background.execute(() -> reload(change));
    } else {
      reload(change);
    }
  }

  private void reload(NumbersChanged change) {
    try {
      if (change.part() == NumbersChanged.Part.FORWARDING) {
        refreshForwarding(change.ipNumberIds());
      } else {
        refresh(change.ipNumberIds());
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () -> "routing cache could not reload " + change.ipNumberIds().size() + " numbers");
    }
  }

  /** Reloads the given numbers now (also used after bulk jobs that change many at once). */
  public void refresh(List<Long> ipNumberIds) {
    long started = System.nanoTime();
    synchronized (writers) {
      SnapshotLoader.Loaded loaded = loader.numbers(ipNumberIds);
      State current = state;
      loaded.groups().values().forEach(current::put);
      loaded.numbers().values().forEach(current::put);
      // numbers asked for but gone from the database (deleted): only then is the map scanned
      Set<Long> gone = new HashSet<>(ipNumberIds);
      loaded.numbers().values().forEach(n -> gone.remove(n.id()));
      if (!gone.isEmpty()) {
        current.numbers.values().removeIf(n -> gone.contains(n.id()));
      }
      lastUpdate = Instant.now();
    }
    meters.refreshed(System.nanoTime() - started);
  }

  /**
   * Reloads only the own forwarding settings and bulk destinations of the given numbers (what the
   * bulk jobs change); a number not in the cache yet, or gone, is reloaded as a whole.
   */
  private void refreshForwarding(List<Long> ipNumberIds) {
    long started = System.nanoTime();
    synchronized (writers) {
      Map<Long, SnapshotLoader.Forwarding> loaded = loader.forwarding(ipNumberIds);
      State current = state;
      List<Long> whole = new ArrayList<>();
      for (Long id : ipNumberIds) {
        SnapshotLoader.Forwarding f = loaded.get(id);
        NumberSnapshot cached = f == null ? null : current.numbers.get(f.digits());
        if (cached == null || cached.id() != id) {
          whole.add(id);
        } else {
          current.put(cached.withForwarding(f.own(), f.bulkDestination()));
        }
      }
      if (!whole.isEmpty()) {
        refresh(whole);
      }
      lastUpdate = Instant.now();
    }
    meters.refreshed(System.nanoTime() - started);
  }

  /**
   * Applies change-log entries a node published: those made on another node are reloaded here; this
   * node's own were reloaded in the committing thread and only count as applied.
   */
  public void apply(String origin, List<RoutingChange> published) {
    try {
      synchronized (writers) {
        boolean own = ThisNode.NAME.equals(origin);
        reload(published.stream().filter(c -> !applied.isApplied(c.id())).toList(), !own);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          e,
          () ->
              "routing changes not applied (reconciliation will): "
                  + published.stream().map(RoutingChange::id).toList());
    }
  }

  /**
   * Reads the change log above this node's version and applies what it missed; reports the version
   * for the operators and drops log entries older than {@link #LOG_KEPT}. Every node on its own
   * timer: each has its own cache.
   */
  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/" + RECONCILE_SECONDS,
      persistent = false,
      info = "routing cache reconciliation")
  void reconcile() {
    try {
      long floor;
      synchronized (writers) {
        floor = applied.floor();
      }
      // read without the lock: the committing threads' reloads need not wait for this query;
      // what was applied meanwhile is left out below
      List<RoutingChange> logged = changes.after(floor);
      synchronized (writers) {
        List<RoutingChange> missed =
            logged.stream().filter(c -> !applied.isApplied(c.id())).toList();
        if (!missed.isEmpty()) {
          LOG.fine(
              () -> "routing cache applies " + missed.size() + " change-log entries it missed");
        }
        reload(missed, true);
        applied.advance(Instant.now());
        version = applied.highest();
        missing = applied.missing();
      }
      RoutingMeters.Size size = size();
      changes.report(
          new RoutingChanges.NodeVersion(
              ThisNode.NAME, size.version(), size.missing(), size.numbers(), Instant.now()));
      changes.purge(Instant.now().minus(LOG_KEPT));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "routing cache reconciliation failed (retried in 10 s)");
    }
  }

  /**
   * Reloads the numbers of the entries (grouped by the part that changed) and marks them applied.
   */
  private void reload(List<RoutingChange> entries, boolean reloadNumbers) {
    if (entries.isEmpty()) {
      return;
    }
    if (reloadNumbers) {
      Map<NumbersChanged.Part, Set<Long>> byPart = new EnumMap<>(NumbersChanged.Part.class);
      for (RoutingChange c : entries) {
        byPart.computeIfAbsent(c.part(), p -> new HashSet<>()).addAll(c.ipNumberIds());
      }
      Set<Long> all = byPart.getOrDefault(NumbersChanged.Part.ALL, Set.of());
      Set<Long> forwarding =
          new HashSet<>(byPart.getOrDefault(NumbersChanged.Part.FORWARDING, Set.of()));
      forwarding.removeAll(all);
      if (!all.isEmpty()) {
        refresh(List.copyOf(all));
      }
      if (!forwarding.isEmpty()) {
        refreshForwarding(List.copyOf(forwarding));
      }
    }
    Instant now = Instant.now();
    if (reloadNumbers && propagationMeasured) {
      entries.forEach(c -> meters.propagated(Duration.between(c.changedAt(), now)));
    }
    entries.forEach(c -> applied.applied(c.id(), now));
    version = applied.highest();
    missing = applied.missing();
  }

  /** Every node's version as reported, and the newest change (operators). */
  @RolesAllowed("operator")
  public Versions versions() {
    return new Versions(changes.latest(), changes.nodes(Instant.now().minus(Duration.ofDays(1))));
  }

  /** This node's name in the cluster. */
  public String node() {
    return ThisNode.NAME;
  }

  /**
   * The incoming decision, with the rules checked. A nuisance rejection is journaled before the
   * decision is returned, so the month's count never loses it.
   */
  public Decided<IncomingDecision> incoming(IncomingCall call) {
    long started = System.nanoTime();
    State current = state;
    Decided<IncomingDecision> decided = CallDecider.incoming(call, current);
    if (decided.decision().reason() == IncomingDecision.Reason.NUISANCE) {
      NumberSnapshot n = current.number(call.called()).orElseThrow();
      rejections.record(n.id(), LocalDate.ofInstant(call.at(), n.zone()).withDayOfMonth(1));
    }
    meters.incoming(System.nanoTime() - started);
    return decided;
  }

  /** The outgoing decision, with the rules checked. */
  public Decided<OutgoingDecision> outgoing(OutgoingCall call) {
    long started = System.nanoTime();
    Decided<OutgoingDecision> decided = CallDecider.outgoing(call, state);
    meters.outgoing(System.nanoTime() - started);
    return decided;
  }

  /**
   * The decision the call would get, without its side effects: no rejection is counted and no
   * round-robin group advances (the call-path simulator).
   */
  public Decided<IncomingDecision> simulate(IncomingCall call) {
    State current = state;
    RoutingView peek =
        new RoutingView() {
          @Override
          public Optional<NumberSnapshot> number(String digits) {
            return current.number(digits);
          }

          @Override
          public Optional<HuntSnapshot> group(long id) {
            return current.group(id);
          }

          @Override
          public long nextRotation(long groupId) {
            AtomicLong rotation = current.rotations.get(groupId);
            return rotation == null ? 0 : rotation.get();
          }
        };
    return CallDecider.incoming(call, peek);
  }

  /** A number's snapshot as the cache holds it. */
  public Optional<NumberSnapshot> snapshot(String digits) {
    return state.number(digits);
  }

  public Stats stats() {
    RoutingMeters.Size size = size();
    return new Stats(
        size.numbers(),
        size.groups(),
        size.lastUpdate(),
        meters.incoming(),
        meters.outgoing(),
        meters.refresh(),
        meters.reloads(),
        meters.propagation(),
        size.version(),
        size.missing());
  }

  private RoutingMeters.Size size() {
    State current = state;
    return new RoutingMeters.Size(
        current.numbers.size(), current.groups.size(), lastUpdate, version, missing);
  }

  /** The JMX operation's way in: a full reload outside the EJB's role check (see the class). */
  void reloadForManagement() {
    reloadAll();
  }
}
