package jp.selfcare.identity.portal;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** The registration form was refused; nothing was stored. */
public class InvalidRegistrationException extends Refused {

  private static final long serialVersionUID = 1L;

  public InvalidRegistrationException(Set<RegistrationProblem> problems) {
    super("registration", problems);
  }
}
