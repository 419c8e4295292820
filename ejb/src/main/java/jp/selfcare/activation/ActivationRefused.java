package jp.selfcare.activation;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** Opening an activation notice refused; the reason names the rule. */
public class ActivationRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** Why a notice does not open. */
  public enum Problem {
    /** The 14 days after publication have passed. */
    EXPIRED,
    /** The application password is wrong. */
    WRONG_PASSWORD,
    /** The one-time code is wrong, expired or was never asked for. */
    WRONG_CODE,
    /** Too many wrong passwords or codes in a row: try again later. */
    LOCKED
  }

  public ActivationRefused(Problem problem) {
    super("activation notice", Set.of(problem));
  }
}
