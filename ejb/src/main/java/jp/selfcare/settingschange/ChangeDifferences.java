package jp.selfcare.settingschange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.history.OperationType;
import jp.selfcare.reservation.ForwardingPattern;
import jp.selfcare.reservation.ScheduleText;
import jp.selfcare.reservation.Slot;
import jp.selfcare.reservation.WeeklySchedule;

/**
 * What a settings-history entry changed, field by field (設定履歴's 詳細): each type's stored old and new
 * value read back and shown with the labels of its own screen — a forwarding setting by mode, ring
 * time, list and target; a switch as する/しない (通知/非通知); a hunt group by method, presentation and
 * members; a reservation as its patterns and slots; a nuisance list as its numbers.
 */
public final class ChangeDifferences {

  private ChangeDifferences() {}

  /** The fields of a change (empty when the entry has no old or new value). */
  public static List<FieldDifference> of(OperationType type, String before, String after) {
    if (before == null || after == null) {
      return List.of();
    }
    Optional<CallFeature> feature = CallFeature.ofHistoryType(type);
    if (feature.isPresent()) {
      return List.of(
          new FieldDifference(
              "feature.title." + feature.get().name(),
              onOff(feature.get(), before),
              onOff(feature.get(), after)));
    }
    return switch (type) {
      case NUISANCE_BLOCKING ->
          List.of(
              new FieldDifference(
                  "history.blockedList",
                  Shown.orNothing(before.replace(",", " ")),
                  Shown.orNothing(after.replace(",", " "))));
      case HUNT_GROUP -> huntGroup(before.split("\\|", -1), after.split("\\|", -1));
      case FORWARDING_RESERVATION ->
          List.of(new FieldDifference("reservation.schedule", schedule(before), schedule(after)));
      case FORWARDING, SPECIFIC_DESTINATION_FORWARDING ->
          forwarding(ForwardingSetting.decode(before), ForwardingSetting.decode(after));
      default ->
          List.of(
              new FieldDifference(
                  "history.value", Shown.orNothing(before), Shown.orNothing(after)));
    };
  }

  private static Shown onOff(CallFeature feature, String value) {
    return Shown.key(
        "feature." + (CallFeature.historyValueOn(value) ? "on" : "off") + "." + feature.name());
  }

  /** A hunt group's stored value: method|presentation|members (comma-separated numbers). */
  private static List<FieldDifference> huntGroup(String[] before, String[] after) {
    return List.of(
        new FieldDifference(
            "hunt.method",
            Shown.key("hunt.method." + before[0]),
            Shown.key("hunt.method." + after[0])),
        new FieldDifference(
            "hunt.presentation",
            Shown.key("hunt.presentation." + before[1]),
            Shown.key("hunt.presentation." + after[1])),
        new FieldDifference(
            "hunt.members",
            Shown.text(before[2].replace(",", " ")),
            Shown.text(after[2].replace(",", " "))));
  }

  private static List<FieldDifference> forwarding(
      ForwardingSetting before, ForwardingSetting after) {
    List<FieldDifference> fields = new ArrayList<>();
    fields.add(new FieldDifference("forwarding.setting", forward(before), forward(after)));
    fields.add(new FieldDifference("forwarding.modes", modes(before), modes(after)));
    fields.add(new FieldDifference("forwarding.ring", ring(before), ring(after)));
    for (int i = 0; i < 5; i++) {
      fields.add(
          new FieldDifference(
              "history.list" + (i + 1),
              Shown.orNothing(before.lists().get(i)),
              Shown.orNothing(after.lists().get(i))));
    }
    fields.add(new FieldDifference("forwarding.targetLabel", target(before), target(after)));
    return fields;
  }

  private static Shown forward(ForwardingSetting s) {
    return Shown.key(s.forward() ? "forwarding.forward" : "forwarding.noForward");
  }

  /** The modes that are on, in the screen's order, one space apart. */
  private static Shown modes(ForwardingSetting s) {
    Shown.Builder modes = Shown.builder();
    mode(modes, s.unconditional(), "forwarding.unconditional");
    mode(modes, s.busy(), "forwarding.busy");
    mode(modes, s.noAnswer(), "forwarding.noAnswer");
    mode(modes, s.unreachable(), "forwarding.unreachable");
    return modes.build();
  }

  private static void mode(Shown.Builder modes, boolean on, String key) {
    if (on) {
      if (!modes.isEmpty()) {
        modes.text(" ");
      }
      modes.key(key);
    }
  }

  private static Shown ring(ForwardingSetting s) {
    return s.ringSeconds() == null ? Shown.NOTHING : Shown.text(s.ringSeconds().toString());
  }

  private static Shown target(ForwardingSetting s) {
    return s.target() == null ? Shown.NOTHING : Shown.key("forwarding.target." + s.target().name());
  }

  /** A stored schedule in a line: each pattern, then the slots by weekday. */
  private static Shown schedule(String text) {
    WeeklySchedule schedule = ScheduleText.decode(text);
    if (schedule == null) {
      return Shown.NOTHING;
    }
    Shown.Builder line = Shown.builder();
    String separator = "";
    for (Map.Entry<Integer, ForwardingPattern> p :
        schedule.patterns().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      line.text(separator + p.getKey() + " " + p.getValue().name() + " (");
      ForwardingSetting setting = p.getValue().setting();
      if (setting.forward()) {
        line.key("forwarding.forward").text(" " + setting.destination());
      } else {
        line.key("forwarding.noForward");
      }
      line.text(")");
      separator = " / ";
    }
    String before = schedule.patterns().isEmpty() ? "" : " / ";
    for (Slot slot : schedule.slots()) {
      line.text(before).key("reservation.day." + slot.day().name());
      line.text(" " + slot.start() + "→" + slot.pattern());
      before = " ";
    }
    if (schedule.slots().isEmpty() && !schedule.patterns().isEmpty()) {
      line.text(" /");
    }
    return line.build();
  }
}
