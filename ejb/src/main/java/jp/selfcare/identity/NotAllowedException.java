package jp.selfcare.identity;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role or scope does not allow the operation; nothing was changed. Thrown by the
 * service layer itself, whatever the page showed.
 */
@ApplicationException(rollback = true)
public class NotAllowedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowedException(String what) {
    super("not allowed: " + what);
  }
}
