package jp.selfcare.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.reservation.ScheduleForm;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.reservation.WeeklySchedule;
import jp.selfcare.routing.CallDecider;
import jp.selfcare.routing.HuntSnapshot;
import jp.selfcare.routing.IncomingCall;
import jp.selfcare.routing.IncomingDecision;
import jp.selfcare.routing.NumberSnapshot;
import jp.selfcare.routing.Presentation;
import jp.selfcare.routing.RoutingView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process incoming decision with 100,000 numbers in the cache (spec 50-routing.md: average ≤ 1 µs, p99
 * ≤ 5 µs): the same {@link CallDecider} over concurrent maps of snapshots as the routing cache,
 * with a realistic mix — nuisance lists, anonymous rejection, own forwarding, reservations, hunt
 * groups — and random calls (numbers, callers, presentations, instants).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBenchmark {

  private static final int NUMBERS = 100_000;
  private static final int CALLS = 1 << 16;
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final Map<String, NumberSnapshot> numbers = new ConcurrentHashMap<>();
  private final Map<Long, HuntSnapshot> groups = new ConcurrentHashMap<>();
  private final Map<Long, AtomicLong> rotations = new ConcurrentHashMap<>();
  private final IncomingCall[] calls = new IncomingCall[CALLS];
  private RoutingView view;
  private int next;

  @Setup
  public void load() {
    Random random = new Random(42);
    ForwardingSetting unconditional = setting(true, "0312345678");
    ForwardingSetting conditional = setting(false, "09012345678");
    WeeklySchedule office = office();
    for (int i = 0; i < NUMBERS; i++) {
      String digits = String.format("05%08d", i);
      boolean parent = i % 100 == 0;
      Long group = i % 100 < 4 ? (long) (i / 100) : null;
      if (parent) {
        List<String> members = new ArrayList<>();
        for (int m = 1; m < 4; m++) {
          members.add(String.format("05%08d", i + m));
        }
        groups.put(
            (long) (i / 100),
            new HuntSnapshot(
                i / 100,
                digits,
                members,
                i % 200 == 0 ? CallMethod.SEQUENTIAL : CallMethod.ROUND_ROBIN,
                NumberPresentation.PARENT));
      }
      numbers.put(
          digits,
          new NumberSnapshot(
              i,
              digits,
              TOKYO,
              i % 10 == 2 ? Set.of("0312340001", "09011112222", "0120000999") : Set.of(),
              i % 3 == 0,
              null,
              i % 50 == 7 ? unconditional : i % 20 == 3 ? conditional : ForwardingSetting.NONE,
              i % 40 == 11 ? office : null,
              false,
              false,
              true,
              null,
              group,
              i % 4 == 1));
    }
    Presentation[] kinds = Presentation.values();
    String[] callers = {"0312340001", "0399990000", "09011112222", "0455556666"};
    for (int c = 0; c < CALLS; c++) {
      Presentation p = kinds[random.nextInt(kinds.length)];
      calls[c] =
          new IncomingCall(
              String.format("05%08d", random.nextInt(NUMBERS + 1000)),
              p == Presentation.NUMBER ? callers[random.nextInt(callers.length)] : null,
              p,
              Instant.parse("2026-12-07T00:00:00Z").plusSeconds(random.nextInt(7 * 24 * 3600)));
    }
    view =
        new RoutingView() {
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
        };
  }

  @Benchmark
  @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
  public IncomingDecision incoming() {
    IncomingCall call = calls[next++ & (CALLS - 1)];
    return CallDecider.incoming(call, view).decision();
  }

  private static ForwardingSetting setting(boolean unconditional, String destination) {
    ForwardingForm form =
        new ForwardingForm(
            true,
            unconditional,
            !unconditional,
            !unconditional,
            false,
            unconditional ? "" : "20",
            List.of(destination, "", "", "", ""),
            ForwardingTarget.LIST_1);
    return ForwardingSetting.validate(
            form, new NumberContext("0500000000", false, false, false, true))
        .setting();
  }

  private static WeeklySchedule office() {
    List<SlotForm> slots = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      slots.add(new SlotForm(day, "09:00", 1));
      slots.add(new SlotForm(day, "18:00", 2));
    }
    return ScheduleRules.validate(
            new ScheduleForm(
                Map.of(
                    1,
                    new PatternForm(
                        "day",
                        new ForwardingForm(
                            true,
                            true,
                            false,
                            false,
                            false,
                            "",
                            List.of("0312345678", "", "", "", ""),
                            ForwardingTarget.LIST_1)),
                    2,
                    new PatternForm(
                        "night",
                        new ForwardingForm(
                            false,
                            false,
                            false,
                            false,
                            false,
                            "",
                            List.of("", "", "", "", ""),
                            null))),
                slots),
            new NumberContext("0500000000", false, false, false, true))
        .schedule();
  }
}
