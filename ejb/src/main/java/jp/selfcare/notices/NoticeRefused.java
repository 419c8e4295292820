package jp.selfcare.notices;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** An operator's notice or fault marking refused as a whole; nothing was published or mailed. */
public class NoticeRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** The rules of notices. */
  public enum Problem {
    KIND_REQUIRED,
    SERVICE_REQUIRED,
    TITLE_REQUIRED,
    TITLE_TOO_LONG,
    BODY_REQUIRED,
    BODY_TOO_LONG,
    START_REQUIRED,
    /** The end is before the start. */
    END_BEFORE_START,
    /** A contract number that is no contract of the notice's service. */
    UNKNOWN_CONTRACT,
    /** Marking a fault on a contract that has one open, or clearing one it does not have. */
    FAULT_STATE
  }

  public NoticeRefused(Set<Problem> problems) {
    super("notice", problems);
  }
}
