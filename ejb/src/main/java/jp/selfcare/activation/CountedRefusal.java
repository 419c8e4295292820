package jp.selfcare.activation;

import jakarta.ejb.ApplicationException;

/**
 * A wrong password or code: refused, but the counted failure commits (a rollback would let anyone
 * guess without limit).
 */
@ApplicationException(rollback = false)
class CountedRefusal extends ActivationRefused {

  private static final long serialVersionUID = 1L;

  CountedRefusal(Problem problem) {
    super(problem);
  }
}
