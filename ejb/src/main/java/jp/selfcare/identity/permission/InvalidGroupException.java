package jp.selfcare.identity.permission;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** A group change that was refused as a whole; nothing of it was stored. */
@ApplicationException(rollback = true)
public class InvalidGroupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<GroupProblem> problems;

  public InvalidGroupException(Set<GroupProblem> problems) {
    super("user group refused: " + problems);
    this.problems = Set.copyOf(problems);
  }

  public Set<GroupProblem> problems() {
    return problems;
  }
}
