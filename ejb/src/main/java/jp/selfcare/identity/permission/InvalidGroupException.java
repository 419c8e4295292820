package jp.selfcare.identity.permission;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** A group change that was refused as a whole; nothing of it was stored. */
public class InvalidGroupException extends Refused {

  private static final long serialVersionUID = 1L;

  public InvalidGroupException(Set<GroupProblem> problems) {
    super("user group", problems);
  }
}
