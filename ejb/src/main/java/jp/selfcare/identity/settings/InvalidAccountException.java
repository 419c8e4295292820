package jp.selfcare.identity.settings;

import java.util.Set;
import jp.selfcare.identity.Refused;
import jp.selfcare.identity.Violation;

/** A settings account change was refused as a whole; nothing was stored. */
public class InvalidAccountException extends Refused {

  private static final long serialVersionUID = 1L;

  private final Set<Violation> violations;

  public InvalidAccountException(Set<AccountProblem> problems, Set<Violation> violations) {
    super("settings account change", problems, violations);
    this.violations = Set.copyOf(violations);
  }

  /** Broken password rules. */
  public Set<Violation> violations() {
    return violations;
  }
}
