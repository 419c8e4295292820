package jp.selfcare.web.settings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.selfcare.callfeature.CallFeature;
import jp.selfcare.callfeature.CallFeatures;
import jp.selfcare.forwarding.Forwarding;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.SpecificDestinationForwarding;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.SettingsHistory;
import jp.selfcare.history.SettingsHistory.Entry;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.messagebox.MessageBoxes;
import jp.selfcare.nuisance.NuisanceBlocking;
import jp.selfcare.reservation.Reservations;
import jp.selfcare.reservation.ScheduleText;
import jp.selfcare.reservation.WeeklySchedule;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.LazyDataModel;

/**
 * 設定履歴: the changes in the login's scope by period, type, state and number; 詳細 shows the old and
 * the new value field by field with the differences marked, and 元に戻す restores the old value as a
 * new change (refused with the reason when the number changed since).
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettingsHistory history;

  @EJB private Forwarding forwarding;

  @EJB private CallFeatures callFeatures;

  @EJB private NuisanceBlocking nuisance;

  @EJB private SpecificDestinationForwarding specific;

  @EJB private Reservations reservations;

  @EJB private MessageBoxes boxes;

  /** The single-number changes 元に戻す restores (besides the §4/§8/§9 switches). */
  private static final Set<OperationType> UNDOABLE =
      EnumSet.of(
          OperationType.FORWARDING,
          OperationType.SPECIFIC_DESTINATION_FORWARDING,
          OperationType.FORWARDING_RESERVATION,
          OperationType.NUISANCE_BLOCKING,
          OperationType.MESSAGE_BOX);

  private LocalDate from;
  private LocalDate to;
  private OperationType type;
  private OperationState state;
  private String target;
  private LazyDataModel<Entry> entries;
  private Entry selected;
  private List<ResultFile> files = List.of();

  /** One field of the detail: its label key, the old and the new value as shown. */
  public record FieldChange(String label, String before, String after) implements Serializable {

    public boolean changed() {
      return !before.equals(after);
    }
  }

  public void find() {
    entries = null;
    selected = null;
  }

  public LazyDataModel<Entry> getEntries() {
    if (entries == null) {
      SettingsHistory.Query query = new SettingsHistory.Query(from, to, type, state, target);
      entries =
          new PagedRows<>(
              () -> history.count(query),
              (first, pageSize) -> history.page(query, first, pageSize),
              entry -> entry.id());
    }
    return entries;
  }

  /** 詳細. */
  public void show(long operationId) {
    selected = history.detail(operationId).orElse(null);
    files = selected == null ? List.of() : history.files(operationId);
  }

  /** The poll while entries run: the selected entry again (its progress, its files when done). */
  public void refresh() {
    if (selected != null) {
      show(selected.id());
    }
  }

  /** Whether an entry of the page shown is still running (the page then polls). */
  public boolean isAnyRunning() {
    List<Entry> shown = getEntries().getWrappedData();
    return (shown != null && shown.stream().anyMatch(e -> e.state() == OperationState.RUNNING))
        || (selected != null && selected.state() == OperationState.RUNNING);
  }

  /** 結果出力: the selected entry's result files. */
  public List<ResultFile> getFiles() {
    return files;
  }

  public void close() {
    selected = null;
    files = List.of();
  }

  /** 元に戻す. */
  public void undo() {
    try {
      if (selected.type() == OperationType.FORWARDING) {
        Forwarding.Outcome outcome = forwarding.undo(selected.id());
        // every broken rule, the list entries' included, as on the forwarding page
        if (!ForwardingFields.show(outcome.validation(), null)) {
          return;
        }
      } else if (selected.type() == OperationType.SPECIFIC_DESTINATION_FORWARDING) {
        SpecificDestinationForwarding.Outcome outcome = specific.undo(selected.id());
        if (!ForwardingFields.show(outcome.validation(), null)) {
          return;
        }
      } else if (selected.type() == OperationType.NUISANCE_BLOCKING) {
        nuisance.undo(selected.id());
      } else if (selected.type() == OperationType.FORWARDING_RESERVATION) {
        reservations.undo(selected.id());
      } else if (selected.type() == OperationType.MESSAGE_BOX) {
        boxes.undo(selected.id());
      } else {
        callFeatures.undo(selected.id());
      }
      Messages.info("history.undone", selected.target());
      selected = null;
      entries = null;
    } catch (UndoRefusedException e) {
      Messages.error("history.undo." + e.reason().name());
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
    }
  }

  /** Whether the selected entry is a single-number change that 元に戻す can restore. */
  public boolean isUndoable() {
    return selected != null
        && selected.oldValue() != null
        && (UNDOABLE.contains(selected.type())
            || CallFeature.ofHistoryType(selected.type()).isPresent());
  }

  /** The detail's fields, old against new (forwarding changes). */
  public List<FieldChange> getChanges() {
    List<FieldChange> changes = new ArrayList<>();
    if (selected == null || selected.oldValue() == null || selected.newValue() == null) {
      return changes;
    }
    CallFeature feature = CallFeature.ofHistoryType(selected.type()).orElse(null);
    if (feature != null) {
      changes.add(
          new FieldChange(
              "feature.title." + feature.name(),
              onOff(feature, selected.oldValue()),
              onOff(feature, selected.newValue())));
      return changes;
    }
    if (selected.type() == OperationType.NUISANCE_BLOCKING) {
      changes.add(
          new FieldChange(
              "history.blockedList",
              dash(selected.oldValue().replace(",", " ")),
              dash(selected.newValue().replace(",", " "))));
      return changes;
    }
    if (selected.type() == OperationType.HUNT_GROUP) {
      String[] before = selected.oldValue().split("\\|", -1);
      String[] after = selected.newValue().split("\\|", -1);
      changes.add(
          new FieldChange(
              "hunt.method",
              Messages.text("hunt.method." + before[0]),
              Messages.text("hunt.method." + after[0])));
      changes.add(
          new FieldChange(
              "hunt.presentation",
              Messages.text("hunt.presentation." + before[1]),
              Messages.text("hunt.presentation." + after[1])));
      changes.add(
          new FieldChange("hunt.members", before[2].replace(",", " "), after[2].replace(",", " ")));
      return changes;
    }
    if (selected.type() == OperationType.FORWARDING_RESERVATION) {
      changes.add(
          new FieldChange(
              "reservation.schedule",
              schedule(selected.oldValue()),
              schedule(selected.newValue())));
      return changes;
    }
    if (selected.type() != OperationType.FORWARDING
        && selected.type() != OperationType.SPECIFIC_DESTINATION_FORWARDING) {
      changes.add(
          new FieldChange("history.value", dash(selected.oldValue()), dash(selected.newValue())));
      return changes;
    }
    ForwardingSetting before = ForwardingSetting.decode(selected.oldValue());
    ForwardingSetting after = ForwardingSetting.decode(selected.newValue());
    changes.add(
        new FieldChange(
            "forwarding.setting", forwardText(before.forward()), forwardText(after.forward())));
    changes.add(new FieldChange("forwarding.modes", modes(before), modes(after)));
    changes.add(
        new FieldChange("forwarding.ring", text(before.ringSeconds()), text(after.ringSeconds())));
    for (int i = 0; i < 5; i++) {
      changes.add(
          new FieldChange(
              "history.list" + (i + 1), dash(before.lists().get(i)), dash(after.lists().get(i))));
    }
    changes.add(new FieldChange("forwarding.targetLabel", target(before), target(after)));
    return changes;
  }

  private static String onOff(CallFeature feature, String value) {
    return Messages.text(
        "feature." + (CallFeature.historyValueOn(value) ? "on" : "off") + "." + feature.name());
  }

  /** A stored schedule in a line: each pattern, then the slots by weekday. */
  private static String schedule(String text) {
    WeeklySchedule s = ScheduleText.decode(text);
    if (s == null) {
      return "-";
    }
    StringBuilder line = new StringBuilder();
    s.patterns().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                line.append(e.getKey())
                    .append(" ")
                    .append(e.getValue().name())
                    .append(" (")
                    .append(
                        e.getValue().setting().forward()
                            ? Messages.text("forwarding.forward")
                                + " "
                                + e.getValue().setting().destination()
                            : Messages.text("forwarding.noForward"))
                    .append(") / "));
    s.slots()
        .forEach(
            slot ->
                line.append(Messages.text("reservation.day." + slot.day().name()))
                    .append(" ")
                    .append(slot.start())
                    .append("→")
                    .append(slot.pattern())
                    .append(" "));
    return line.toString().strip();
  }

  private static String forwardText(boolean forward) {
    return Messages.text(forward ? "forwarding.forward" : "forwarding.noForward");
  }

  private static String modes(ForwardingSetting s) {
    List<String> modes = new ArrayList<>();
    if (s.unconditional()) {
      modes.add(Messages.text("forwarding.unconditional"));
    }
    if (s.busy()) {
      modes.add(Messages.text("forwarding.busy"));
    }
    if (s.noAnswer()) {
      modes.add(Messages.text("forwarding.noAnswer"));
    }
    if (s.unreachable()) {
      modes.add(Messages.text("forwarding.unreachable"));
    }
    return modes.isEmpty() ? "-" : String.join(" ", modes);
  }

  private static String target(ForwardingSetting s) {
    return s.target() == null ? "-" : Messages.text("forwarding.target." + s.target().name());
  }

  private static String text(Integer value) {
    return value == null ? "-" : value.toString();
  }

  private static String dash(String value) {
    return value.isEmpty() ? "-" : value;
  }

  public OperationType[] getTypes() {
    return OperationType.values();
  }

  public OperationState[] getStates() {
    return OperationState.values();
  }

  public Entry getSelected() {
    return selected;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public OperationType getType() {
    return type;
  }

  public void setType(OperationType type) {
    this.type = type;
  }

  public OperationState getState() {
    return state;
  }

  public void setState(OperationState state) {
    this.state = state;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
