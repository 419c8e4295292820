package jp.selfcare.nuisance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.nuisance.NuisanceBlocking.Kind;
import jp.selfcare.nuisance.NuisanceBlocking.Problem;

/** A whole blocked list: the rules of §7 for it and the text the settings history keeps. */
public final class NuisanceList {

  private NuisanceList() {}

  /** The rules of §7 for a whole list, without changing anything. */
  public static List<Problem> check(List<String> typed) {
    List<Problem> problems = new ArrayList<>();
    if (typed.size() > BlockedNumberRules.MAX_ENTRIES) {
      problems.add(new Problem(-1, Kind.TOO_MANY));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < typed.size(); i++) {
      Optional<Kind> problem = BlockedNumberRules.problem(typed.get(i));
      if (problem.isPresent()) {
        problems.add(new Problem(i, problem.get()));
      } else if (!seen.add(BlockedNumberRules.digits(typed.get(i)).orElseThrow())) {
        problems.add(new Problem(i, Kind.DUPLICATE));
      }
    }
    return problems;
  }

  /** A list as the history keeps it: the numbers, comma-separated. */
  public static String encode(List<String> numbers) {
    return String.join(",", numbers);
  }

  public static List<String> decode(String value) {
    return value.isEmpty() ? List.of() : List.of(value.split(","));
  }
}
