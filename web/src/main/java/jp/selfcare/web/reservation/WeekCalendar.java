package jp.selfcare.web.reservation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.reservation.ForwardingPattern;
import jp.selfcare.reservation.Slot;
import jp.selfcare.reservation.WeeklySchedule;
import jp.selfcare.web.i18n.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

/**
 * The reservation on screen as a week calendar, drawn from the schedule the call decisions use
 * ({@link WeeklySchedule#week}): one block per weekday and slot, so every day shows its own times,
 * the Sunday after the week's last slot included. A weekly schedule has no dates: the calendar
 * shows a reference week with weekday headers only, and today is the customer's, not the browser's.
 */
final class WeekCalendar {

  /** The calendar's reference week starts on this Monday; only its weekdays are shown. */
  static final LocalDate REFERENCE_MONDAY = LocalDate.of(2024, 1, 1);

  private final List<PatternDraft> drafts;
  private final Optional<WeeklySchedule> schedule;
  private final LocalDateTime customersNow;

  /**
   * @param drafts the five patterns, defined or not
   * @param slots the slots drawn so far (those of undefined patterns are left out)
   * @param context the number's §1 context the patterns are checked in
   * @param customersNow the customer's wall-clock time when the screen was opened
   */
  WeekCalendar(
      List<PatternDraft> drafts,
      List<ScheduleDraft.SlotRow> slots,
      NumberContext context,
      LocalDateTime customersNow) {
    this.drafts = drafts;
    this.customersNow = customersNow;
    Map<Integer, ForwardingPattern> patterns = new TreeMap<>();
    for (PatternDraft d : drafts) {
      if (d.isDefined()) {
        patterns.put(d.getNumber(), d.pattern(context));
      }
    }
    List<Slot> drawn =
        slots.stream()
            .filter(s -> patterns.containsKey(s.pattern()))
            .map(s -> new Slot(s.day(), LocalTime.parse(s.start()), s.pattern()))
            .toList();
    this.schedule =
        drawn.isEmpty() ? Optional.empty() : Optional.of(new WeeklySchedule(patterns, drawn));
  }

  /** The blocks of the week and the background of today. */
  ScheduleModel model() {
    DefaultScheduleModel model = new DefaultScheduleModel();
    schedule.ifPresent(s -> s.week().forEach(stretch -> model.addEvent(block(stretch))));
    LocalDate today = dateOf(customersNow.getDayOfWeek());
    model.addEvent(
        DefaultScheduleEvent.builder()
            .startDate(today.atStartOfDay())
            .endDate(today.plusDays(1).atStartOfDay())
            .display(ScheduleDisplayMode.BACKGROUND)
            .styleClass("today")
            .build());
    return model;
  }

  /** Which pattern the schedule applies at the customer's time of opening the screen, if any. */
  Optional<String> inForceNow() {
    return schedule.map(
        s -> {
          PatternDraft d = drafts.get(s.slotAt(customersNow).pattern() - 1);
          return Messages.text(
              "reservation.inForceNow",
              Messages.text("reservation.day." + customersNow.getDayOfWeek().name()),
              customersNow.toLocalTime().withSecond(0).withNano(0).toString(),
              d.getLabel(),
              d.getSummary());
        });
  }

  private DefaultScheduleEvent<Integer> block(WeeklySchedule.Stretch stretch) {
    PatternDraft d = drafts.get(stretch.slot().pattern() - 1);
    LocalDateTime day = dateOf(stretch.day()).atStartOfDay();
    return DefaultScheduleEvent.<Integer>builder()
        .title(d.getName() + "：" + d.getSummary())
        .startDate(day.plusMinutes(stretch.fromMinute()))
        .endDate(day.plusMinutes(stretch.toMinute()))
        .styleClass(
            "pattern-"
                + d.getNumber()
                + (d.getFields().isForward() ? " forwards" : " does-not-forward"))
        .editable(false)
        .data(d.getNumber())
        .build();
  }

  private static LocalDate dateOf(DayOfWeek day) {
    return REFERENCE_MONDAY.plusDays(day.getValue() - 1L);
  }
}
