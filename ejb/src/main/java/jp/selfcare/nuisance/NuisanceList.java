package jp.selfcare.nuisance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.nuisance.NuisanceBlocking.Kind;
import jp.selfcare.nuisance.NuisanceBlocking.Problem;

/**
 * A number's whole blocked list as the settings history keeps it (its numbers, digits only, in
 * registration order), and the rules of §7 for a list.
 */
public record NuisanceList(List<String> numbers) {

  /** How the settings history keeps a list (entries written before it was typed: "n1,n2,…"). */
  public static final HistoryCodec<NuisanceList> HISTORY =
      HistoryCodec.of(
          NuisanceList.class,
          text -> new NuisanceList(text.isEmpty() ? List.of() : List.of(text.split(","))));

  public NuisanceList {
    numbers = List.copyOf(numbers);
  }

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
}
