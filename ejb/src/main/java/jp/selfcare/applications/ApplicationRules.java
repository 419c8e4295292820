package jp.selfcare.applications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import jp.selfcare.applications.ApplicationRefused.Problem;
import jp.selfcare.calendar.BusinessDays;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.AddOns;

/**
 * The rules of contract applications that need no database, each returning every problem it finds
 * (seed: Arcstar IP Voice manual, 3④ 契約内容変更の申込).
 */
final class ApplicationRules {

  /** Add-ons an immediate application may add. */
  static final Set<AddOn> IMMEDIATE_ADD =
      Collections.unmodifiableSet(
          EnumSet.of(
              AddOn.NUISANCE_BLOCKING,
              AddOn.ANONYMOUS_REJECTION,
              AddOn.MESSAGE_BOX,
              AddOn.BULK_FORWARDING));

  /** Add-ons an immediate application may remove: those, and the two specific-number ones. */
  static final Set<AddOn> IMMEDIATE_REMOVE =
      Collections.unmodifiableSet(
          EnumSet.of(
              AddOn.NUISANCE_BLOCKING,
              AddOn.ANONYMOUS_REJECTION,
              AddOn.MESSAGE_BOX,
              AddOn.BULK_FORWARDING,
              AddOn.SPECIFIC_NUMBER_PRESENTATION,
              AddOn.SPECIFIC_DESTINATION));

  /**
   * Shortest lead time of a work date, in business days after the day the application is received.
   * The manual's lead times vary by work (its 納期 table); five business days is the shortest of the
   * works offered here and the one the portal enforces — the operator arranges longer works with
   * the customer.
   */
  static final int LEAD_BUSINESS_DAYS = 5;

  /** 当日受付は15:00まで: later applications are received the next business day. */
  static final LocalTime SAME_DAY_UNTIL = LocalTime.of(15, 0);

  /**
   * After a scheduled change of a line completes, immediate applications for the line wait until
   * this many business days have passed (その完了日から2営業日を経過するまで).
   */
  static final int QUIET_BUSINESS_DAYS = 2;

  /** Longest description of a scheduled work. */
  static final int DETAIL_MAX = 2000;

  private static final Pattern DIAL_IN = Pattern.compile("0\\d{9,10}");

  private static final Pattern SERVICE_NUMBER =
      Pattern.compile("(0120\\d{6}|0800\\d{7}|0570\\d{6})");

  private ApplicationRules() {}

  /** The day an application counts as received (Japan time). */
  static LocalDate receivedOn(LocalDateTime now, BusinessDays days) {
    LocalDate today = now.toLocalDate();
    if (days.isBusinessDay(today) && now.toLocalTime().isBefore(SAME_DAY_UNTIL)) {
      return today;
    }
    return days.plus(today, 1);
  }

  /** The first date a scheduled work may be requested for. */
  static LocalDate earliestWorkDate(LocalDateTime now, BusinessDays days) {
    return days.plus(receivedOn(now, days), LEAD_BUSINESS_DAYS);
  }

  /** The problems of a requested work date. */
  static Set<Problem> workDate(LocalDate date, LocalDateTime now, BusinessDays days) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (date == null) {
      problems.add(Problem.DATE_REQUIRED);
      return problems;
    }
    if (!days.isBusinessDay(date)) {
      problems.add(Problem.DATE_NOT_BUSINESS_DAY);
    }
    if (date.isBefore(earliestWorkDate(now, days))) {
      problems.add(Problem.DATE_TOO_EARLY);
    }
    return problems;
  }

  /**
   * Whether a scheduled application of a line stops immediate ones for the line today: while it is
   * open, and until {@value #QUIET_BUSINESS_DAYS} business days after the day it completed have
   * passed.
   */
  static boolean blocksImmediate(
      ApplicationState state, LocalDate completedOn, LocalDate today, BusinessDays days) {
    if (state.open()) {
      return true;
    }
    return state == ApplicationState.COMPLETED
        && completedOn != null
        && !today.isAfter(days.plus(completedOn, QUIET_BUSINESS_DAYS));
  }

  /** The problems of an add-on change of a number that has {@code current}. */
  static Set<Problem> addOnChange(Change change, AddOns current, boolean immediate) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    AddOn addOn = change.addOn();
    if (addOn == null) {
      problems.add(Problem.CHANGE_INCOMPLETE);
      return problems;
    }
    boolean adding = change.action() == Change.Action.ADD_ADD_ON;
    if (adding && current.has(addOn)) {
      problems.add(Problem.ALREADY_CONTRACTED);
    }
    if (!adding && !current.has(addOn)) {
      problems.add(Problem.NOT_CONTRACTED);
    }
    if (immediate && !(adding ? IMMEDIATE_ADD : IMMEDIATE_REMOVE).contains(addOn)) {
      problems.add(Problem.NOT_IMMEDIATE);
    }
    if (!immediate
        && adding
        && (addOn == AddOn.SPECIFIC_NUMBER_PRESENTATION || addOn == AddOn.SPECIFIC_DESTINATION)
        && (change.serviceNumber() == null
            || !SERVICE_NUMBER.matcher(change.serviceNumber()).matches())) {
      problems.add(Problem.SERVICE_NUMBER_REQUIRED);
    }
    return problems;
  }

  /** The problems of a dial-in change that need no lookup. */
  static Set<Problem> dialInChange(Change change, boolean membersNet, boolean immediate) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (change.dialIn() == null) {
      problems.add(Problem.CHANGE_INCOMPLETE);
      return problems;
    }
    if (change.action() == Change.Action.ADD_DIAL_IN
        && !DIAL_IN.matcher(change.dialIn()).matches()) {
      problems.add(Problem.INVALID_DIAL_IN);
    }
    if (immediate && membersNet) {
      problems.add(Problem.MEMBERS_NET);
    }
    return problems;
  }

  /** The problems of a scheduled work's description. */
  static Set<Problem> detail(Work work, String detail) {
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    String text = detail == null ? "" : detail.strip();
    if (!work.structured() && text.isEmpty()) {
      problems.add(Problem.DETAIL_REQUIRED);
    }
    if (text.length() > DETAIL_MAX) {
      problems.add(Problem.DETAIL_TOO_LONG);
    }
    return problems;
  }
}
