package jp.selfcare.bulk;

import jakarta.ejb.ApplicationException;

/** No bulk forwarding group of that id in the caller's scope (another's looks the same). */
@ApplicationException(rollback = true)
public class UnknownGroupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownGroupException(long groupId) {
    super("no bulk forwarding group " + groupId + " in scope");
  }
}
