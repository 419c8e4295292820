package jp.selfcare.routing;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jp.selfcare.forwarding.ForwardingForm;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.reservation.WeeklySchedule;

/** Builds snapshots for decider tests and serves them as a {@link RoutingView}. */
final class Snapshots implements RoutingView {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final Map<String, NumberSnapshot> numbers = new HashMap<>();
  private final Map<Long, HuntSnapshot> groups = new HashMap<>();
  private final Map<Long, AtomicLong> rotations = new HashMap<>();

  Snapshots add(NumberSnapshot n) {
    numbers.put(n.digits(), n);
    return this;
  }

  Snapshots add(HuntSnapshot g) {
    groups.put(g.id(), g);
    return this;
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

  /** A valid §1 setting: modes "U", "B", "N", "R"; target list 1 unless VOICEMAIL. */
  static ForwardingSetting forwarding(String modes, String ring, String list1, boolean voicemail) {
    ForwardingForm form =
        new ForwardingForm(
            true,
            modes.contains("U"),
            modes.contains("B"),
            modes.contains("N"),
            modes.contains("R"),
            ring,
            List.of(list1, "", "", "", ""),
            voicemail ? ForwardingTarget.VOICEMAIL : ForwardingTarget.LIST_1);
    ForwardingSetting.Validation v =
        ForwardingSetting.validate(
            form, new NumberContext("0399999999", false, false, false, true));
    if (!v.valid()) {
      throw new IllegalArgumentException(v.problems() + " " + v.listProblems());
    }
    return v.setting();
  }

  /** A plain number: no lists, no forwarding, caller ID presented. */
  static Builder snapshot(String digits) {
    return new Builder(digits);
  }

  /** Fluent snapshot builder with the defaults of a number nobody has configured. */
  static final class Builder {
    private final String digits;
    private Set<String> blocked = Set.of();
    private boolean anonymousRejection;
    private String bulk;
    private ForwardingSetting own = ForwardingSetting.NONE;
    private WeeklySchedule reservation;
    private boolean suspended;
    private boolean restricted;
    private boolean callerId = true;
    private String specific;
    private Long hunt;
    private boolean messageBox = true;

    Builder(String digits) {
      this.digits = digits;
    }

    Builder blocked(String... numbers) {
      blocked = Set.of(numbers);
      return this;
    }

    Builder anonymousRejection() {
      anonymousRejection = true;
      return this;
    }

    Builder bulk(String list5) {
      bulk = list5;
      return this;
    }

    Builder own(ForwardingSetting setting) {
      own = setting;
      return this;
    }

    Builder reservation(WeeklySchedule schedule) {
      reservation = schedule;
      return this;
    }

    Builder suspended() {
      suspended = true;
      return this;
    }

    Builder restricted() {
      restricted = true;
      return this;
    }

    Builder withheld() {
      callerId = false;
      return this;
    }

    Builder specific(String presented) {
      specific = presented;
      return this;
    }

    Builder hunt(long group) {
      hunt = group;
      return this;
    }

    Builder noMessageBox() {
      messageBox = false;
      return this;
    }

    NumberSnapshot build() {
      return new NumberSnapshot(
          digits.hashCode(),
          digits,
          TOKYO,
          blocked,
          anonymousRejection,
          bulk,
          own,
          reservation,
          suspended,
          restricted,
          callerId,
          specific,
          hunt,
          messageBox);
    }
  }
}
