package jp.selfcare.web.history;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.selfcare.history.OperationState;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.ResultFile;
import jp.selfcare.history.SettingsHistory;
import jp.selfcare.history.SettingsHistory.Entry;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.settingschange.ChangeDifferences;
import jp.selfcare.settingschange.SettingsUndo;
import jp.selfcare.settingschange.Shown;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.forwarding.ForwardingFields;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.HeldMessage;
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

  @EJB private SettingsUndo settingsUndo;

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
      entries = PagedRows.of(query, history::count, history::page, entry -> entry.id());
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
      SettingsUndo.Outcome outcome = settingsUndo.undo(selected.id());
      if (!outcome.restored()) {
        // every broken rule, the list entries' included, as on the forwarding page
        ForwardingFields.show(outcome.refusedBy(), null);
        return;
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
    return selected != null && SettingsUndo.undoable(selected.type(), selected.oldValue());
  }

  /** The detail's fields, old against new, in the reader's language. */
  public List<FieldChange> getChanges() {
    if (selected == null) {
      return List.of();
    }
    return ChangeDifferences.of(selected.type(), selected.oldValue(), selected.newValue()).stream()
        .map(f -> new FieldChange(f.label(), text(f.before()), text(f.after())))
        .toList();
  }

  private static String text(Shown shown) {
    StringBuilder text = new StringBuilder();
    shown.words().forEach(w -> text.append(w.key() == null ? w.text() : Messages.text(w.key())));
    return text.toString();
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
