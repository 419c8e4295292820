package jp.selfcare.web.reservation;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.reservation.ScheduleForm;
import jp.selfcare.reservation.ScheduleForm.PatternForm;
import jp.selfcare.reservation.ScheduleForm.SlotForm;
import jp.selfcare.reservation.ScheduleRules;
import jp.selfcare.reservation.WeeklySchedule;
import jp.selfcare.web.forwarding.ForwardingFields;
import jp.selfcare.web.i18n.Messages;

/**
 * A reservation as it is being edited: the five patterns ({@link PatternDraft}s) and the slots,
 * with the slot input (pattern, weekdays, time → 反映). Nothing is stored until 確定, which sends
 * {@link #form()}.
 */
public class ScheduleDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A slot as listed: weekday, HH:MM and pattern number. */
  public record SlotRow(DayOfWeek day, String start, int pattern) implements Serializable {}

  private final List<PatternDraft> drafts = new ArrayList<>();
  private final List<SlotRow> slots = new ArrayList<>();
  private int slotPattern = 1;
  private List<String> slotDays = new ArrayList<>();
  private String slotTime;

  /** The stored schedule to edit (null: a new reservation, five empty patterns and no slot). */
  public ScheduleDraft(WeeklySchedule schedule) {
    for (int i = 1; i <= ScheduleRules.MAX_PATTERNS; i++) {
      drafts.add(new PatternDraft(i));
    }
    if (schedule != null) {
      schedule.patterns().forEach((no, p) -> drafts.set(no - 1, PatternDraft.of(no, p)));
      schedule
          .slots()
          .forEach(s -> slots.add(new SlotRow(s.day(), s.start().toString(), s.pattern())));
    }
  }

  /** 削除 of a pattern (slots naming it must go too, or 次へ refuses). */
  public void clearPattern(int number) {
    drafts.set(number - 1, new PatternDraft(number));
  }

  /**
   * 反映: a slot for each chosen weekday at the time (replacing one at the same time), once the
   * weekdays, the pattern and the time are right; otherwise the messages say what is not.
   */
  void reflect(NumberContext number) {
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
            number);
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

  /** The reservation as the rules and the service read it: the defined patterns and the slots. */
  ScheduleForm form() {
    Map<Integer, PatternForm> patterns = new TreeMap<>();
    drafts.stream()
        .filter(PatternDraft::isDefined)
        .forEach(
            d -> patterns.put(d.getNumber(), new PatternForm(d.getName(), d.getFields().form())));
    return new ScheduleForm(
        patterns, slots.stream().map(s -> new SlotForm(s.day(), s.start(), s.pattern())).toList());
  }

  /** "1: 昼休み": how a slot names its pattern. */
  public String patternLabel(int number) {
    return drafts.get(number - 1).getLabel();
  }

  public List<PatternDraft> getDefinedDrafts() {
    return drafts.stream().filter(PatternDraft::isDefined).toList();
  }

  public List<PatternDraft> getDrafts() {
    return drafts;
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
}
