package jp.selfcare.web.reservation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.reservation.Reservations;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.web.PagedRows;
import jp.selfcare.web.forwarding.ForwardingFields;
import jp.selfcare.web.i18n.Messages;
import jp.selfcare.web.settings.HeldMessage;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.ScheduleModel;

/**
 * 転送を予約する: the list of reservations (編集 / 削除) and 新規登録 → select the number → the five patterns (編集
 * each with the §1 fields) and the schedule (pattern, weekdays, time → 反映) shown as a week calendar
 * → 次へ → 確定 → done. What is being edited is a {@link ScheduleDraft}, the calendar a {@link
 * WeekCalendar}; this page is the flow between the steps.
 */
@Named
@ViewScoped
public class ReservationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the user is in the flow. */
  public enum Step {
    LIST,
    PICK,
    EDIT,
    PATTERN,
    CONFIRM,
    DONE
  }

  @EJB private Reservations reservations;

  @EJB private ForwardingSearch search;

  private Step step = Step.LIST;
  private LazyDataModel<Reservations.Row> list;
  private String numberPart;
  private LazyDataModel<ForwardingSearch.Row> candidates;
  private Reservations.View view;
  private ScheduleDraft draft = new ScheduleDraft(null);
  private PatternDraft editing;

  public LazyDataModel<Reservations.Row> getList() {
    if (list == null) {
      list =
          PagedRows.of(
              NumberConditions.ANY,
              reservations::count,
              reservations::page,
              row -> row.ipNumberId());
    }
    return list;
  }

  /** 新規登録: choose the number. */
  public void startNew() {
    candidates = null;
    step = Step.PICK;
  }

  public void find() {
    candidates = null;
  }

  public LazyDataModel<ForwardingSearch.Row> getCandidates() {
    if (candidates == null) {
      ForwardingSearch.Query query = new ForwardingSearch.Query(null, null, numberPart);
      candidates = PagedRows.of(query, search::count, search::page, row -> row.ipNumberId());
    }
    return candidates;
  }

  /** 選択 / 編集: opens the number's reservation (new or stored) under the edit hold. */
  public void open(long ipNumberId) {
    try {
      view = reservations.open(ipNumberId);
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
      return;
    }
    draft = new ScheduleDraft(view.schedule());
    step = Step.EDIT;
  }

  /** 編集 of one pattern. */
  public void editPattern(int number) {
    editing = draft.getDrafts().get(number - 1);
    step = Step.PATTERN;
  }

  /** 設定 of the pattern being edited: its own rules first. */
  public void keepPattern() {
    boolean named = editing.getName() != null && !editing.getName().isBlank();
    if (!named) {
      Messages.error("reservation.problem.NAME_REQUIRED", editing.getNumber());
    }
    ForwardingSetting.Validation v =
        ForwardingSetting.validate(editing.getFields().form(), view.context());
    if (ForwardingFields.show(v, null) && named) {
      editing.define();
      step = Step.EDIT;
    }
  }

  public void backToEdit() {
    step = Step.EDIT;
  }

  /** 反映 of the slot input. */
  public void reflect() {
    draft.reflect(view.context());
  }

  /** 次へ: every rule of the reservation, then the confirmation. */
  public void next() {
    ScheduleRules.Result result = ScheduleRules.validate(draft.form(), view.context());
    if (show(result)) {
      step = Step.CONFIRM;
    }
  }

  /** 確定. */
  public void save() {
    try {
      Reservations.Outcome outcome = reservations.save(view.ipNumberId(), draft.form());
      if (show(outcome.result())) {
        step = Step.DONE;
        list = null;
      } else {
        step = Step.EDIT;
      }
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
      step = Step.EDIT;
    }
  }

  /** 削除 of a whole reservation (from the list, after confirmation). */
  public void delete(long ipNumberId) {
    try {
      reservations.delete(ipNumberId);
      Messages.info("reservation.deleted");
      list = null;
    } catch (HoldConflictException e) {
      HeldMessage.show("forwarding.held", e);
    }
  }

  /** キャンセル / 一覧に戻る: gives the edit hold back. */
  public void toList() {
    if (view != null && step != Step.DONE) {
      reservations.close(view.holdId());
    }
    view = null;
    step = Step.LIST;
  }

  private boolean show(ScheduleRules.Result result) {
    result
        .issues()
        .forEach(
            i ->
                Messages.error(
                    "reservation.problem." + i.problem().name(),
                    i.problem() == ScheduleRules.Problem.TOO_MANY_SLOTS
                        ? ScheduleRules.MAX_SLOTS_PER_DAY
                        : i.pattern()));
    result
        .patterns()
        .forEach((no, v) -> ForwardingFields.show(v, Messages.text("reservation.patternNo", no)));
    return result.valid();
  }

  /** The reservation on screen as a week calendar. */
  public ScheduleModel getWeek() {
    return view == null ? new DefaultScheduleModel() : calendar().model();
  }

  /** Which pattern the schedule on screen applies at the customer's time of opening it. */
  public String getInForceNow() {
    return view == null ? null : calendar().inForceNow().orElse(null);
  }

  private WeekCalendar calendar() {
    return new WeekCalendar(
        draft.getDrafts(), draft.getSlots(), view.context(), view.customersNow());
  }

  public LocalDate getWeekStart() {
    return WeekCalendar.REFERENCE_MONDAY;
  }

  public List<ForwardingTarget> getTargets() {
    return ForwardingFields.targets(view.context().messageBoxContract());
  }

  public DayOfWeek[] getDays() {
    return DayOfWeek.values();
  }

  public Step getStep() {
    return step;
  }

  public Reservations.View getView() {
    return view;
  }

  /** The reservation as it is being edited. */
  public ScheduleDraft getDraft() {
    return draft;
  }

  public PatternDraft getEditing() {
    return editing;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
