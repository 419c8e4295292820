package jp.selfcare.reservation;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.reservation.ScheduleForm.SlotForm;

/**
 * The rules of a reservation (spec §2): patterns numbered 1–5, each with a name of 1–20 characters
 * and a forwarding setting that passes every §1 rule for the number; at least one slot, each at a
 * whole minute (HH:MM, 00:00–23:59) naming a defined pattern, no two at the same weekday and time,
 * and at most {@value #MAX_SLOTS_PER_DAY} per weekday.
 */
public final class ScheduleRules {

  /** Patterns are numbered 1 to this. */
  public static final int MAX_PATTERNS = 5;

  /** A pattern name has at most this many characters. */
  public static final int NAME_MAX = 20;

  /** At most this many slots per weekday (a product limit; the spec names none). */
  public static final int MAX_SLOTS_PER_DAY = 10;

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

  private ScheduleRules() {}

  /** What can be wrong with a reservation. */
  public enum Problem {
    /** No pattern is defined. */
    NO_PATTERN,
    /** A pattern number outside 1–5. */
    PATTERN_NUMBER,
    /** A pattern without a name. */
    NAME_REQUIRED,
    /** A pattern name longer than 20 characters. */
    NAME_TOO_LONG,
    /** A pattern's forwarding breaks a §1 rule (see the pattern's validation). */
    PATTERN_FORWARDING,
    /** No slot at all. */
    NO_SLOTS,
    /** A slot time that is not HH:MM. */
    SLOT_TIME,
    /** A slot naming a pattern that is not defined. */
    SLOT_PATTERN,
    /** Two slots at the same weekday and time. */
    SLOT_DUPLICATE,
    /** More slots on one weekday than allowed. */
    TOO_MANY_SLOTS
  }

  /** One broken rule: the pattern number or the slot's position it concerns (0 when neither). */
  public record Issue(Problem problem, int pattern, int slot) implements Serializable {}

  /** Either the valid schedule, or every issue and each pattern's §1 validation. */
  public record Result(
      WeeklySchedule schedule, List<Issue> issues, Map<Integer, Validation> patterns)
      implements Serializable {
    public boolean valid() {
      return schedule != null;
    }
  }

  /** Applies every rule at once. */
  public static Result validate(ScheduleForm form, NumberContext number) {
    List<Issue> issues = new ArrayList<>();
    Map<Integer, Validation> validations = new TreeMap<>();
    Map<Integer, ForwardingPattern> patterns = new HashMap<>();
    if (form.patterns().isEmpty()) {
      issues.add(new Issue(Problem.NO_PATTERN, 0, 0));
    }
    new TreeMap<>(form.patterns())
        .forEach(
            (no, typed) -> {
              if (no < 1 || no > MAX_PATTERNS) {
                issues.add(new Issue(Problem.PATTERN_NUMBER, no, 0));
                return;
              }
              String name = typed.name() == null ? "" : typed.name().strip();
              if (name.isEmpty()) {
                issues.add(new Issue(Problem.NAME_REQUIRED, no, 0));
              } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
                issues.add(new Issue(Problem.NAME_TOO_LONG, no, 0));
              }
              Validation v = ForwardingSetting.validate(typed.forwarding(), number);
              validations.put(no, v);
              if (!v.valid()) {
                issues.add(new Issue(Problem.PATTERN_FORWARDING, no, 0));
              } else {
                patterns.put(no, new ForwardingPattern(name, v.setting()));
              }
            });
    List<Slot> slots = slots(form, issues);
    if (!issues.isEmpty()) {
      return new Result(null, List.copyOf(issues), validations);
    }
    return new Result(new WeeklySchedule(patterns, slots), List.of(), validations);
  }

  private static List<Slot> slots(ScheduleForm form, List<Issue> issues) {
    if (form.slots().isEmpty()) {
      issues.add(new Issue(Problem.NO_SLOTS, 0, 0));
    }
    List<Slot> slots = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Map<DayOfWeek, Integer> perDay = new EnumMap<>(DayOfWeek.class);
    for (int i = 0; i < form.slots().size(); i++) {
      SlotForm typed = form.slots().get(i);
      LocalTime start = time(typed.start());
      if (start == null) {
        issues.add(new Issue(Problem.SLOT_TIME, typed.pattern(), i + 1));
        continue;
      }
      if (!form.patterns().containsKey(typed.pattern())) {
        issues.add(new Issue(Problem.SLOT_PATTERN, typed.pattern(), i + 1));
        continue;
      }
      Slot slot = new Slot(typed.day(), start, typed.pattern());
      if (!seen.add(slot.minuteOfWeek())) {
        issues.add(new Issue(Problem.SLOT_DUPLICATE, typed.pattern(), i + 1));
        continue;
      }
      if (perDay.merge(typed.day(), 1, Integer::sum) == MAX_SLOTS_PER_DAY + 1) {
        issues.add(new Issue(Problem.TOO_MANY_SLOTS, 0, i + 1));
      }
      slots.add(slot);
    }
    return slots;
  }

  private static LocalTime time(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (!TIME.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
