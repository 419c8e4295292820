package jp.selfcare.billing.station;

import java.io.Serializable;
import java.math.BigDecimal;

/** One calling number's calls of a period: how many, how long (seconds), what they cost. */
public record CallerTotal(String callingNumber, long calls, long seconds, BigDecimal charges)
    implements Serializable {

  /** Minutes, rounded up as people read a call's length. */
  public long minutes() {
    return (seconds + 59) / 60;
  }
}
