package jp.selfcare.billing.station;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A search of the call records: a period of days (Japan time, both inclusive, at most {@value
 * #MAX_DAYS} days) and optionally some calling numbers.
 */
public record CallSearch(LocalDate from, LocalDate to, List<String> numbers)
    implements Serializable {

  /** The longest period one search covers. */
  public static final int MAX_DAYS = 366;

  /** The most numbers one search names. */
  public static final int MAX_NUMBERS = 100;

  private static final Pattern NUMBER = Pattern.compile("0\\d{9,10}");

  public CallSearch {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
  }

  /** What is wrong with the search; empty when nothing is. */
  public List<Problem> problems() {
    List<Problem> problems = new java.util.ArrayList<>();
    if (to.isBefore(from)) {
      problems.add(Problem.PERIOD_REVERSED);
    } else if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
      problems.add(Problem.PERIOD_TOO_LONG);
    }
    if (numbers.size() > MAX_NUMBERS) {
      problems.add(Problem.TOO_MANY_NUMBERS);
    }
    if (!numbers.stream().allMatch(n -> NUMBER.matcher(n).matches())) {
      problems.add(Problem.NUMBER_INVALID);
    }
    return problems;
  }

  /** The rules of a search. */
  public enum Problem {
    PERIOD_REVERSED,
    PERIOD_TOO_LONG,
    TOO_MANY_NUMBERS,
    NUMBER_INVALID
  }
}
