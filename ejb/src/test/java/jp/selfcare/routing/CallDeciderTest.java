package jp.selfcare.routing;

import static jp.selfcare.routing.Snapshots.forwarding;
import static jp.selfcare.routing.Snapshots.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.huntgroup.CallMethod;
import jp.selfcare.huntgroup.NumberPresentation;
import jp.selfcare.reservation.ScheduleForm;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.reservation.WeeklySchedule;
import jp.selfcare.routing.Check.Rule;
import jp.selfcare.routing.IncomingDecision.Action;
import jp.selfcare.routing.IncomingDecision.Reason;
import jp.selfcare.routing.OutgoingDecision.BlockReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation order of 50-routing.md, step by step and in combination. */
class CallDeciderTest {

  /** Monday 2026-12-07 10:00 in Tokyo. */
  private static final Instant MONDAY_10 = Instant.parse("2026-12-07T01:00:00Z");

  private static final String CALLED = "0350000001";

  private static IncomingDecision incoming(
      Snapshots view, String caller, Presentation presentation) {
    return CallDecider.incoming(new IncomingCall(CALLED, caller, presentation, MONDAY_10), view)
        .decision();
  }

  @Test
  void anUnknownNumberIsNotInService() {
    Decided<IncomingDecision> d =
        CallDecider.incoming(
            new IncomingCall("0311112222", "0312345678", Presentation.NUMBER, MONDAY_10),
            new Snapshots());
    assertThat(d.decision().action()).isEqualTo(Action.NOT_IN_SERVICE);
    assertThat(d.checks()).extracting(Check::rule).containsExactly(Rule.IN_SERVICE);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}, anonymous rejection {2} → {3}")
  @CsvSource({
    "0312345678, NUMBER,       false, NUISANCE",
    "0312345678, NUMBER,       true,  NUISANCE",
    "0399990000, NUMBER,       true,  RING",
    ",           ANONYMOUS,    true,  ANONYMOUS",
    ",           ANONYMOUS,    false, RING",
    ",           PUBLIC_PHONE, true,  RING",
    ",           UNAVAILABLE,  true,  RING",
    "0312345678, ANONYMOUS,    false, RING",
  })
  void nuisanceAndAnonymousRejection(
      String caller, Presentation presentation, boolean anonymous, String expected) {
    Snapshots.Builder b = snapshot(CALLED).blocked("0312345678");
    if (anonymous) {
      b.anonymousRejection();
    }
    IncomingDecision d = incoming(new Snapshots().add(b.build()), caller, presentation);
    assertThat(d.reason() == null ? d.action().name() : d.reason().name()).isEqualTo(expected);
  }

  @Test
  void nuisanceIsCheckedBeforeBulkAndBulkBeforeTheNumbersOwnForwarding() {
    Snapshots view =
        new Snapshots()
            .add(
                snapshot(CALLED)
                    .blocked("0312345678")
                    .bulk("0455556666")
                    .own(forwarding("U", "", "09011112222", false))
                    .build());
    assertThat(incoming(view, "0312345678", Presentation.NUMBER).reason())
        .isEqualTo(Reason.NUISANCE);
    IncomingDecision other = incoming(view, "0399990000", Presentation.NUMBER);
    assertThat(other.reason()).isEqualTo(Reason.BULK);
    assertThat(other.destination()).isEqualTo("0455556666");
  }

  @Test
  void bulkOverScheduleOverOwnSetting() {
    WeeklySchedule weekdays = schedule("0312340000");
    NumberSnapshot own = snapshot(CALLED).own(forwarding("U", "", "09011112222", false)).build();
    NumberSnapshot scheduled =
        snapshot(CALLED)
            .own(forwarding("U", "", "09011112222", false))
            .reservation(weekdays)
            .build();
    NumberSnapshot bulk = snapshot(CALLED).reservation(weekdays).bulk("0455556666").build();

    assertThat(incoming(new Snapshots().add(own), null, Presentation.ANONYMOUS))
        .extracting(IncomingDecision::reason, IncomingDecision::destination)
        .containsExactly(Reason.ALWAYS, "09011112222");
    assertThat(incoming(new Snapshots().add(scheduled), null, Presentation.ANONYMOUS))
        .extracting(IncomingDecision::reason, IncomingDecision::destination)
        .containsExactly(Reason.SCHEDULE, "0312340000");
    assertThat(incoming(new Snapshots().add(bulk), null, Presentation.ANONYMOUS))
        .extracting(IncomingDecision::reason, IncomingDecision::destination)
        .containsExactly(Reason.BULK, "0455556666");
  }

  @Test
  void theScheduleIsReadAtTheCallsInstant() {
    Snapshots view =
        new Snapshots().add(snapshot(CALLED).reservation(schedule("0312340000")).build());
    IncomingDecision night =
        CallDecider.incoming(
                new IncomingCall(
                    CALLED, null, Presentation.ANONYMOUS, Instant.parse("2026-12-07T10:00:00Z")),
                view)
            .decision();
    assertThat(night.action()).as("19:00 JST: the 転送しない pattern").isEqualTo(Action.RING);
  }

  @Test
  void conditionalForwardingFillsTheRing() {
    Snapshots view =
        new Snapshots()
            .add(snapshot(CALLED).own(forwarding("BN", "20", "09011112222", false)).build());
    IncomingDecision d = incoming(view, "0399990000", Presentation.NUMBER);
    assertThat(d.action()).isEqualTo(Action.RING);
    assertThat(d.targets()).containsExactly(CALLED);
    assertThat(d.ringSeconds()).isEqualTo(20);
    assertThat(d.onBusy()).isEqualTo("09011112222");
    assertThat(d.onNoAnswer()).isEqualTo("09011112222");
    assertThat(d.onUnreachable()).isNull();
  }

  @Test
  void voicemailIsADestination() {
    Snapshots view =
        new Snapshots().add(snapshot(CALLED).own(forwarding("R", "", "", true)).build());
    assertThat(incoming(view, "0399990000", Presentation.NUMBER).onUnreachable())
        .isEqualTo(IncomingDecision.VOICEMAIL);
  }

  @Test
  void internationalDestinationsAreLeftOutWhileSuspended() {
    NumberSnapshot forwarding =
        snapshot(CALLED).own(forwarding("U", "", "0101212555123", false)).build();
    assertThat(
            incoming(new Snapshots().add(forwarding), null, Presentation.ANONYMOUS).destination())
        .isEqualTo("0101212555123");
    NumberSnapshot suspended =
        snapshot(CALLED).own(forwarding("U", "", "0101212555123", false)).suspended().build();
    Decided<IncomingDecision> d =
        CallDecider.incoming(
            new IncomingCall(CALLED, null, Presentation.ANONYMOUS, MONDAY_10),
            new Snapshots().add(suspended));
    assertThat(d.decision().action()).isEqualTo(Action.RING);
    assertThat(d.checks().stream().filter(c -> c.rule() == Rule.UNCONDITIONAL).findFirst())
        .hasValueSatisfying(c -> assertThat(c.detail()).contains("international"));
  }

  @Test
  void aSequentialHuntGroupRingsTheParentThenTheMembersInOrder() {
    Snapshots view =
        new Snapshots()
            .add(snapshot(CALLED).hunt(7).build())
            .add(
                new HuntSnapshot(
                    7,
                    CALLED,
                    List.of("0350000010", "0350000020"),
                    CallMethod.SEQUENTIAL,
                    NumberPresentation.PARENT));
    for (int call = 0; call < 3; call++) {
      assertThat(incoming(view, "0399990000", Presentation.NUMBER).targets())
          .containsExactly(CALLED, "0350000010", "0350000020");
    }
  }

  @Test
  void aRoundRobinHuntGroupRotatesWithEveryDecision() {
    Snapshots view =
        new Snapshots()
            .add(snapshot(CALLED).hunt(8).build())
            .add(
                new HuntSnapshot(
                    8,
                    CALLED,
                    List.of("0350000010", "0350000020"),
                    CallMethod.ROUND_ROBIN,
                    NumberPresentation.OWN));
    assertThat(incoming(view, "0399990000", Presentation.NUMBER).targets())
        .containsExactly(CALLED, "0350000010", "0350000020");
    assertThat(incoming(view, "0399990000", Presentation.NUMBER).targets())
        .containsExactly("0350000010", "0350000020", CALLED);
    assertThat(incoming(view, "0399990000", Presentation.NUMBER).targets())
        .containsExactly("0350000020", CALLED, "0350000010");
    assertThat(incoming(view, "0399990000", Presentation.NUMBER).targets())
        .containsExactly(CALLED, "0350000010", "0350000020");
  }

  @Test
  void aHuntMemberCalledDirectlyRingsAlone() {
    Snapshots view =
        new Snapshots()
            .add(snapshot("0350000010").hunt(7).build())
            .add(
                new HuntSnapshot(
                    7,
                    CALLED,
                    List.of("0350000010"),
                    CallMethod.SEQUENTIAL,
                    NumberPresentation.PARENT));
    IncomingDecision d =
        CallDecider.incoming(
                new IncomingCall("0350000010", "0399990000", Presentation.NUMBER, MONDAY_10), view)
            .decision();
    assertThat(d.targets()).containsExactly("0350000010");
  }

  @Test
  void theChecksNameEveryRuleInOrderWithTheDecidingOneLast() {
    Decided<IncomingDecision> d =
        CallDecider.incoming(
            new IncomingCall(CALLED, "0399990000", Presentation.NUMBER, MONDAY_10),
            new Snapshots()
                .add(snapshot(CALLED).own(forwarding("U", "", "09011112222", false)).build()));
    assertThat(d.checks())
        .extracting(Check::rule)
        .containsExactly(
            Rule.IN_SERVICE,
            Rule.NUISANCE,
            Rule.ANONYMOUS,
            Rule.BULK,
            Rule.EFFECTIVE_SETTING,
            Rule.UNCONDITIONAL);
    assertThat(d.checks())
        .filteredOn(Check::decided)
        .extracting(Check::rule)
        .containsExactly(Rule.UNCONDITIONAL);
  }

  @ParameterizedTest(name = "[{index}] {0} dials {1} → {2} {3}")
  @CsvSource({
    "plain,      0312345678,      ALLOW, 0350000001",
    "plain,      1840312345678,   ALLOW, ",
    "withheld,   0312345678,      ALLOW, ",
    "withheld,   1860312345678,   ALLOW, 0350000001",
    "specific,   0312345678,      ALLOW, 0120123456",
    "huntParent, 0312345678,      ALLOW, 0350000000",
    "huntOwn,    0312345678,      ALLOW, 0350000001",
    "suspended,  0101212555123,   BLOCK, INTERNATIONAL_SUSPENDED",
    "suspended,  00330101212555,  BLOCK, INTERNATIONAL_SUSPENDED",
    "suspended,  1840101212555,   BLOCK, INTERNATIONAL_SUSPENDED",
    "suspended,  0312345678,      ALLOW, 0350000001",
    "plain,      0101212555123,   ALLOW, 0350000001",
    "restricted, 0312345678,      BLOCK, OUTGOING_RESTRICTED",
  })
  void outgoing(String kind, String dialed, String action, String expected) {
    Snapshots view = new Snapshots();
    Snapshots.Builder b = snapshot(CALLED);
    switch (kind) {
      case "withheld" -> b.withheld();
      case "specific" -> b.specific("0120123456");
      case "suspended" -> b.suspended();
      case "restricted" -> b.restricted();
      case "huntParent", "huntOwn" -> {
        b.hunt(9);
        view.add(
            new HuntSnapshot(
                9,
                "0350000000",
                List.of(CALLED),
                CallMethod.SEQUENTIAL,
                kind.equals("huntParent") ? NumberPresentation.PARENT : NumberPresentation.OWN));
      }
      default -> {}
    }
    view.add(b.build());
    OutgoingDecision d =
        CallDecider.outgoing(new OutgoingCall(CALLED, dialed, MONDAY_10), view).decision();
    assertThat(d.action().name()).isEqualTo(action);
    if (d.action() == OutgoingDecision.Action.BLOCK) {
      assertThat(d.reason()).isEqualTo(BlockReason.valueOf(expected));
    } else {
      assertThat(d.presented()).isEqualTo(expected);
    }
  }

  /**
   * Emergency numbers (110 police, 118 coast guard, 119 fire and ambulance) are always connected:
   * neither 発信規制 nor 国際電話利用休止 may stop them, also with a 184/186 prefix.
   */
  @ParameterizedTest(name = "[{index}] {0} dials {1} → {2} {3}")
  @CsvSource({
    "restricted,  110,    ALLOW, 0350000001",
    "restricted,  118,    ALLOW, 0350000001",
    "restricted,  119,    ALLOW, 0350000001",
    "restricted,  184119, ALLOW, ",
    "restricted,  186110, ALLOW, 0350000001",
    "both,        110,    ALLOW, 0350000001",
    "both,        119,    ALLOW, 0350000001",
    "suspended,   118,    ALLOW, 0350000001",
    "restricted,  1190,   BLOCK, OUTGOING_RESTRICTED",
    "restricted,  117,    BLOCK, OUTGOING_RESTRICTED",
    "restricted,  0110,   BLOCK, OUTGOING_RESTRICTED",
  })
  void emergencyNumbersAreAlwaysAllowed(
      String kind, String dialed, String action, String expected) {
    Snapshots.Builder b = snapshot(CALLED);
    if (!kind.equals("suspended")) {
      b.restricted();
    }
    if (!kind.equals("restricted")) {
      b.suspended();
    }
    Decided<OutgoingDecision> decided =
        CallDecider.outgoing(
            new OutgoingCall(CALLED, dialed, MONDAY_10), new Snapshots().add(b.build()));
    OutgoingDecision d = decided.decision();
    assertThat(d.action().name()).isEqualTo(action);
    if (d.action() == OutgoingDecision.Action.BLOCK) {
      assertThat(d.reason()).isEqualTo(BlockReason.valueOf(expected));
    } else {
      assertThat(d.presented()).isEqualTo(expected);
      assertThat(decided.checks())
          .filteredOn(Check::decided)
          .extracting(Check::rule)
          .containsExactly(Rule.EMERGENCY, Rule.PRESENTED_NUMBER);
    }
  }

  @Test
  void anUnknownCallerIsNotInService() {
    assertThat(
            CallDecider.outgoing(
                    new OutgoingCall("0311112222", "0312345678", MONDAY_10), new Snapshots())
                .decision()
                .action())
        .isEqualTo(OutgoingDecision.Action.NOT_IN_SERVICE);
  }

  /** Weekdays 09:00 forward to the destination, 18:00 転送しない. */
  private static WeeklySchedule schedule(String destination) {
    List<SlotForm> slots = new ArrayList<>();
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      slots.add(new SlotForm(day, "09:00", 1));
      slots.add(new SlotForm(day, "18:00", 2));
    }
    ScheduleRules.Result r =
        ScheduleRules.validate(
            new ScheduleForm(
                Map.of(
                    1,
                    new PatternForm(
                        "昼",
                        new ForwardingForm(
                            true,
                            true,
                            false,
                            false,
                            false,
                            "",
                            List.of(destination, "", "", "", ""),
                            ForwardingTarget.LIST_1)),
                    2,
                    new PatternForm(
                        "夜",
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
            new NumberContext(CALLED, false, false, false, false));
    return r.schedule();
  }
}
