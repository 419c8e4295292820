package jp.selfcare.identity.portal;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** The registration form was refused; nothing was stored. */
@ApplicationException(rollback = true)
public class InvalidRegistrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Set<RegistrationProblem> problems;

  public InvalidRegistrationException(Set<RegistrationProblem> problems) {
    super("registration refused: " + problems);
    this.problems = Set.copyOf(problems);
  }

  public Set<RegistrationProblem> problems() {
    return problems;
  }
}
