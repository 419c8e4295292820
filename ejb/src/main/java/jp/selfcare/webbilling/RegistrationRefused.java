package jp.selfcare.webbilling;

import jakarta.ejb.ApplicationException;
import java.util.Set;
import jp.selfcare.identity.Violation;

/** A registration refused, naming every rule broken; nothing was stored. */
@ApplicationException(rollback = true)
public class RegistrationRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<RegistrationProblem> problems;
  private final Set<Violation> violations;

  public RegistrationRefused(Set<RegistrationProblem> problems, Set<Violation> violations) {
    super("registration refused: " + problems + " " + violations);
    this.problems = Set.copyOf(problems);
    this.violations = Set.copyOf(violations);
  }

  public Set<RegistrationProblem> problems() {
    return problems;
  }

  /** The password and secret-answer rules broken (10-identity.md §3). */
  public Set<Violation> violations() {
    return violations;
  }
}
