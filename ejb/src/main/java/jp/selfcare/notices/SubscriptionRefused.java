package jp.selfcare.notices;

import java.util.Set;
import jp.selfcare.identity.Refused;

/** A subscription change refused as a whole, with every rule it broke; nothing was stored. */
public class SubscriptionRefused extends Refused {

  private static final long serialVersionUID = 1L;

  /** The rules of notice subscriptions. */
  public enum Problem {
    /** The user may not read any contract of the service. */
    SERVICE_NOT_VISIBLE,
    ADDRESS_INVALID,
    /** Neither 工事情報メール nor 故障情報メール chosen. */
    NOTHING_CHOSEN,
    /** No delivery day chosen. */
    DAYS_REQUIRED,
    /** Delivery hours outside 0–24 or from and to equal. */
    HOURS_INVALID,
    /** The address is subscribed for the service already. */
    ALREADY_REGISTERED,
    /** The link is not (or no longer) a provisional registration's. */
    UNKNOWN_LINK,
    /** The link's 30 minutes have passed. */
    LINK_EXPIRED,
    /** Resuming an address that is not paused. */
    NOT_PAUSED
  }

  public SubscriptionRefused(Set<Problem> problems) {
    super("notice subscription", problems);
  }
}
