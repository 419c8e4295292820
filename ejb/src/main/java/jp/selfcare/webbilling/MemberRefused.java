package jp.selfcare.webbilling;

import jakarta.ejb.ApplicationException;
import java.util.EnumSet;
import java.util.Set;
import jp.selfcare.identity.Violation;

/** A member's request refused, naming every rule broken; nothing was stored. */
@ApplicationException(rollback = true)
public class MemberRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<MemberProblem> problems;
  private final Set<Violation> violations;

  public MemberRefused(Set<MemberProblem> problems, Set<Violation> violations) {
    super("refused: " + problems + " " + violations);
    this.problems = Set.copyOf(problems);
    this.violations = Set.copyOf(violations);
  }

  /** Refused for these problems alone. */
  public static MemberRefused of(MemberProblem first, MemberProblem... more) {
    return new MemberRefused(EnumSet.of(first, more), EnumSet.noneOf(Violation.class));
  }

  public Set<MemberProblem> problems() {
    return problems;
  }

  /** The credential and secret-answer rules broken (10-identity.md §3). */
  public Set<Violation> violations() {
    return violations;
  }
}
