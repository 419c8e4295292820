package jp.selfcare.billing.calls;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The network's call-record file (docs/call-records.md): CSV in UTF-8 (a byte order mark allowed),
 * a header row naming the seven fields, then one call per row. A row is checked whole: every
 * problem it has is named, and a row with any is not loaded.
 */
public final class CallRecordFormat {

  /** The header row, in this order. */
  public static final List<String> HEADER =
      List.of(
          "call_id",
          "started_at",
          "calling_number",
          "called_number",
          "answered",
          "duration_seconds",
          "call_class");

  /** Longest call, in seconds (a day). */
  public static final int MAX_DURATION = 86_400;

  private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Pattern CALLING = Pattern.compile("0\\d{9,10}");
  private static final Pattern CALLED = Pattern.compile("\\d{3,20}");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,5}");

  private CallRecordFormat() {}

  /** A row read: the call, or every problem the row has. */
  public record Row(CallRecord record, Set<CallRowProblem> problems) {

    public boolean ok() {
      return record != null;
    }
  }

  /** Whether a header row is the format's (names compared without case and surrounding blanks). */
  public static boolean isHeader(List<String> fields) {
    return fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
  }

  /** One data row. */
  public static Row parse(List<String> fields) {
    if (fields.size() != HEADER.size()) {
      return new Row(null, EnumSet.of(CallRowProblem.FIELD_COUNT));
    }
    Set<CallRowProblem> problems = EnumSet.noneOf(CallRowProblem.class);
    String callId = fields.get(0).strip();
    if (!CALL_ID.matcher(callId).matches()) {
      problems.add(CallRowProblem.CALL_ID);
    }
    OffsetDateTime startedAt = null;
    try {
      startedAt = OffsetDateTime.parse(fields.get(1).strip());
    } catch (DateTimeParseException e) {
      problems.add(CallRowProblem.STARTED_AT);
    }
    String calling = fields.get(2).strip();
    if (!CALLING.matcher(calling).matches()) {
      problems.add(CallRowProblem.CALLING_NUMBER);
    }
    String called = fields.get(3).strip();
    boolean calledOk = CALLED.matcher(called).matches();
    if (!calledOk) {
      problems.add(CallRowProblem.CALLED_NUMBER);
    }
    Boolean answered = answered(fields.get(4).strip());
    if (answered == null) {
      problems.add(CallRowProblem.ANSWERED);
    }
    String seconds = fields.get(5).strip();
    int duration = -1;
    if (SECONDS.matcher(seconds).matches() && Integer.parseInt(seconds) <= MAX_DURATION) {
      duration = Integer.parseInt(seconds);
    } else {
      problems.add(CallRowProblem.DURATION);
    }
    if (Boolean.FALSE.equals(answered) && duration > 0) {
      problems.add(CallRowProblem.DURATION_WITHOUT_ANSWER);
    }
    CallClass callClass = callClass(fields.get(6).strip(), calledOk ? called : null);
    if (callClass == null && (calledOk || !fields.get(6).isBlank())) {
      problems.add(CallRowProblem.CALL_CLASS);
    }
    if (!problems.isEmpty()) {
      return new Row(null, problems);
    }
    return new Row(
        new CallRecord(callId, startedAt, calling, called, answered, duration, callClass),
        Set.of());
  }

  private static Boolean answered(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> null;
    };
  }

  /** The class named, or the one the called number shows when none is named; null if neither. */
  private static CallClass callClass(String named, String called) {
    if (!named.isEmpty()) {
      try {
        return CallClass.valueOf(named.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return called == null ? null : CallClass.of(called).orElse(null);
  }
}
