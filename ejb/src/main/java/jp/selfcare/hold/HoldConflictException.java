package jp.selfcare.hold;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * An operation refused because another account's operation holds its target; says which operation,
 * of which account, since when. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class HoldConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final OperationKind blocking;
  private final String account;
  private final Instant since;

  public HoldConflictException(OperationKind blocking, String account, Instant since) {
    super(blocking + " of " + account + " in progress since " + since);
    this.blocking = blocking;
    this.account = account;
    this.since = since;
  }

  public OperationKind blocking() {
    return blocking;
  }

  public String account() {
    return account;
  }

  public Instant since() {
    return since;
  }
}
