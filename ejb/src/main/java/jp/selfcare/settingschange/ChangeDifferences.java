package jp.selfcare.settingschange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.history.OperationType;
import jp.selfcare.huntgroup.HuntGroupSetting;
import jp.selfcare.messagebox.Address;
import jp.selfcare.messagebox.MessageBoxSetting;
import jp.selfcare.nuisance.NuisanceList;
import jp.selfcare.reservation.ForwardingPattern;
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

  /**
   * The fields of a change (empty when the entry has no old or new value), each value read with its
   * setting's {@link jp.selfcare.change.HistoryCodec} — typed entries and those written before the
   * history was typed alike.
   */
  public static List<FieldDifference> of(OperationType type, String before, String after) {
    if (before == null || after == null) {
      return List.of();
    }
    Optional<CallFeature> feature = CallFeature.ofHistoryType(type);
    if (feature.isPresent()) {
      return List.of(
          new FieldDifference(
              "feature.title." + feature.get().name(),
              onOff(feature.get(), CallFeature.HISTORY.read(before)),
              onOff(feature.get(), CallFeature.HISTORY.read(after))));
    }
    return switch (type) {
      case NUISANCE_BLOCKING ->
          List.of(
              new FieldDifference(
                  "history.blockedList",
                  numbers(NuisanceList.HISTORY.read(before).numbers()),
                  numbers(NuisanceList.HISTORY.read(after).numbers())));
      case HUNT_GROUP ->
          huntGroup(HuntGroupSetting.HISTORY.read(before), HuntGroupSetting.HISTORY.read(after));
      case FORWARDING_RESERVATION ->
          List.of(
              new FieldDifference(
                  "reservation.schedule",
                  schedule(WeeklySchedule.HISTORY.read(before)),
                  schedule(WeeklySchedule.HISTORY.read(after))));
      case FORWARDING, SPECIFIC_DESTINATION_FORWARDING ->
          forwarding(ForwardingSetting.HISTORY.read(before), ForwardingSetting.HISTORY.read(after));
      case MESSAGE_BOX ->
          messageBox(MessageBoxSetting.HISTORY.read(before), MessageBoxSetting.HISTORY.read(after));
      default ->
          List.of(
              new FieldDifference(
                  "history.value", Shown.orNothing(before), Shown.orNothing(after)));
    };
  }

  private static Shown onOff(CallFeature feature, boolean on) {
    return Shown.key("feature." + (on ? "on" : "off") + "." + feature.name());
  }

  private static Shown numbers(List<String> numbers) {
    return Shown.orNothing(String.join(" ", numbers));
  }

  private static List<FieldDifference> huntGroup(HuntGroupSetting before, HuntGroupSetting after) {
    return List.of(
        new FieldDifference(
            "hunt.method",
            Shown.key("hunt.method." + before.callMethod()),
            Shown.key("hunt.method." + after.callMethod())),
        new FieldDifference(
            "hunt.presentation",
            Shown.key("hunt.presentation." + before.presentation()),
            Shown.key("hunt.presentation." + after.presentation())),
        new FieldDifference(
            "hunt.members",
            Shown.text(String.join(" ", before.members())),
            Shown.text(String.join(" ", after.members()))));
  }

  /** A box: each address slot with its condition, the guidance, and whether the PIN changed. */
  private static List<FieldDifference> messageBox(
      MessageBoxSetting before, MessageBoxSetting after) {
    List<FieldDifference> fields = new ArrayList<>();
    for (int slot = 1; slot <= 3; slot++) {
      fields.add(
          new FieldDifference(
              "history.mailAddress" + slot, address(before, slot), address(after, slot)));
    }
    fields.add(
        new FieldDifference(
            "messageBox.guidance",
            Shown.key("messageBox.guidance." + before.guidance()),
            Shown.key("messageBox.guidance." + after.guidance())));
    fields.add(
        new FieldDifference(
            "messageBox.pin",
            Shown.NOTHING,
            after.pinChanged() ? Shown.key("history.pinChanged") : Shown.NOTHING));
    return fields;
  }

  /** An address slot: the address, its condition and, when on, 音声ファイル添付. */
  private static Shown address(MessageBoxSetting box, int slot) {
    for (Address a : box.addresses()) {
      if (a.slot() == slot) {
        Shown.Builder shown = Shown.builder().text(a.address() + " ");
        shown.key("messageBox.condition." + a.condition());
        if (a.attach()) {
          shown.text(" ").key("messageBox.attach");
        }
        return shown.build();
      }
    }
    return Shown.NOTHING;
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
  private static Shown schedule(WeeklySchedule schedule) {
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
