package jp.selfcare.identity.settings;

import jakarta.ejb.ApplicationException;
import java.util.Set;
import jp.selfcare.identity.Violation;

/** A settings account change was refused as a whole; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<AccountProblem> problems;
  private final Set<Violation> violations;

  public InvalidAccountException(Set<AccountProblem> problems, Set<Violation> violations) {
    super("settings account change refused: " + problems + " " + violations);
    this.problems = Set.copyOf(problems);
    this.violations = Set.copyOf(violations);
  }

  public Set<AccountProblem> problems() {
    return problems;
  }

  /** Broken password rules. */
  public Set<Violation> violations() {
    return violations;
  }
}
