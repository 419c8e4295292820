package jp.selfcare.web.reservation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.forwarding.ForwardingSearch;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingTarget;
import jp.selfcare.hold.HoldConflictException;
import jp.selfcare.reservation.Reservations;
import jp.selfcare.reservation.ScheduleForm;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.reservation.WeeklySchedule;
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
 * → 次へ → 確定 → done. The patterns are {@link PatternDraft}s, the calendar a {@link WeekCalendar};
 * what remains here is the flow and the form's fields (half of the class is their getters and
 * setters).
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

  /** A slot as listed: weekday, HH:MM and pattern number. */
  public record SlotRow(DayOfWeek day, String start, int pattern) implements Serializable {}

  @EJB private Reservations reservations;

  @EJB private ForwardingSearch search;

  private Step step = Step.LIST;
  private LazyDataModel<Reservations.Row> list;
  private String numberPart;
  private LazyDataModel<ForwardingSearch.Row> candidates;
  private Reservations.View view;
  private List<PatternDraft> drafts = new ArrayList<>();
  private PatternDraft editing;
  private List<SlotRow> slots = new ArrayList<>();
  private int slotPattern = 1;
  private List<String> slotDays = new ArrayList<>();
  private String slotTime;

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
    drafts = new ArrayList<>();
    for (int i = 1; i <= ScheduleRules.MAX_PATTERNS; i++) {
      drafts.add(new PatternDraft(i));
    }
    slots = new ArrayList<>();
    WeeklySchedule schedule = view.schedule();
    if (schedule != null) {
      schedule.patterns().forEach((no, p) -> drafts.set(no - 1, PatternDraft.of(no, p)));
      schedule
          .slots()
          .forEach(s -> slots.add(new SlotRow(s.day(), s.start().toString(), s.pattern())));
    }
    step = Step.EDIT;
  }

  /** 編集 of one pattern. */
  public void editPattern(int number) {
    editing = drafts.get(number - 1);
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

  /** 削除 of a pattern (slots naming it must go too, or 次へ refuses). */
  public void clearPattern(int number) {
    PatternDraft d = new PatternDraft(number);
    drafts.set(number - 1, d);
  }

  public void backToEdit() {
    step = Step.EDIT;
  }

  /** 反映: a slot for each chosen weekday at the time (replacing one at the same time). */
  public void reflect() {
    if (slotDays.isEmpty()) {
      Messages.error("reservation.daysRequired");
      return;
    }
    if (!drafts.get(slotPattern - 1).isDefined()) {
      Messages.error("reservation.problem.SLOT_PATTERN", slotPattern);
      return;
    }
    String time = slotTime == null ? "" : slotTime.strip();
    ScheduleRules.Result check =
        ScheduleRules.validate(
            new ScheduleForm(
                Map.of(slotPattern, new PatternForm("-", new ForwardingFields().form())),
                List.of(new SlotForm(DayOfWeek.MONDAY, time, slotPattern))),
            view.context());
    if (check.issues().stream().anyMatch(i -> i.problem() == ScheduleRules.Problem.SLOT_TIME)) {
      Messages.error("reservation.problem.SLOT_TIME", time);
      return;
    }
    for (String name : slotDays) {
      DayOfWeek day = DayOfWeek.valueOf(name);
      slots.removeIf(s -> s.day() == day && s.start().equals(time));
      slots.add(new SlotRow(day, time, slotPattern));
    }
    slots.sort(Comparator.comparing(SlotRow::day).thenComparing(SlotRow::start));
    slotDays = new ArrayList<>();
  }

  public void removeSlot(SlotRow slot) {
    slots.remove(slot);
  }

  /** 次へ: every rule of the reservation, then the confirmation. */
  public void next() {
    ScheduleRules.Result result = ScheduleRules.validate(form(), view.context());
    if (show(result)) {
      step = Step.CONFIRM;
    }
  }

  /** 確定. */
  public void save() {
    try {
      Reservations.Outcome outcome = reservations.save(view.ipNumberId(), form());
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

  private ScheduleForm form() {
    Map<Integer, PatternForm> patterns = new TreeMap<>();
    drafts.stream()
        .filter(PatternDraft::isDefined)
        .forEach(
            d -> patterns.put(d.getNumber(), new PatternForm(d.getName(), d.getFields().form())));
    return new ScheduleForm(
        patterns, slots.stream().map(s -> new SlotForm(s.day(), s.start(), s.pattern())).toList());
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
    return new WeekCalendar(drafts, slots, view.context(), view.customersNow());
  }

  /** "1: 昼休み": how a slot names its pattern. */
  public String patternLabel(int number) {
    return drafts.get(number - 1).getLabel();
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

  public List<PatternDraft> getDefinedDrafts() {
    return drafts.stream().filter(PatternDraft::isDefined).toList();
  }

  public Step getStep() {
    return step;
  }

  public Reservations.View getView() {
    return view;
  }

  public List<PatternDraft> getDrafts() {
    return drafts;
  }

  public PatternDraft getEditing() {
    return editing;
  }

  public List<SlotRow> getSlots() {
    return slots;
  }

  public int getSlotPattern() {
    return slotPattern;
  }

  public void setSlotPattern(int slotPattern) {
    this.slotPattern = slotPattern;
  }

  public List<String> getSlotDays() {
    return slotDays;
  }

  public void setSlotDays(List<String> slotDays) {
    this.slotDays = slotDays;
  }

  public String getSlotTime() {
    return slotTime;
  }

  public void setSlotTime(String slotTime) {
    this.slotTime = slotTime;
  }

  public String getNumberPart() {
    return numberPart;
  }

  public void setNumberPart(String numberPart) {
    this.numberPart = numberPart;
  }
}
