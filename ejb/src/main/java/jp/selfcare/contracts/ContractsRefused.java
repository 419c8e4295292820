package jp.selfcare.contracts;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** A change of a contract's own data refused as a whole; nothing was stored. */
public class ContractsRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** The rules a contract change may break. */
  public enum Problem {
    /** The memo is longer than {@link jp.selfcare.organisation.Contract#MEMO_MAX} characters. */
    MEMO_TOO_LONG
  }

  public ContractsRefused(Set<Problem> problems) {
    super("contract change", problems);
  }
}
