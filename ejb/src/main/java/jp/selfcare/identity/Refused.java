package jp.selfcare.identity;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/**
 * A change of an account or a group refused as a whole, with every rule it broke (not only the
 * first); the transaction rolls back, so nothing of it was stored. The page shows one message per
 * rule, each rule's key named after it.
 */
@ApplicationException(rollback = true)
public abstract class Refused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<? extends Enum<?>> problems;

  protected Refused(String change, Set<? extends Enum<?>> problems, Object... more) {
    super(change + " refused: " + problems + (more.length == 0 ? "" : " " + Set.of(more)));
    this.problems = Set.copyOf(problems);
  }

  /** The broken rules. */
  public Set<? extends Enum<?>> problems() {
    return problems;
  }
}
