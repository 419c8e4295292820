package jp.selfcare.billing.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import jp.selfcare.billing.calls.CallClass;

/**
 * One row of the call tariff: what a call of a class costs, per started unit of seconds, for calls
 * begun between two dates (Japan time) and, for a time band, between two times of day. A row once
 * used to rate calls is not changed: a new price is a new row from its first day, so that a call
 * keeps the charge it was rated with.
 *
 * @param validTo the last day, inclusive; null while the row holds
 * @param bandFrom with {@code bandTo}, the time band (from inclusive, to exclusive; a band past
 *     midnight has {@code bandFrom} after {@code bandTo}); both null for the whole day
 * @param pricePerUnit yen, tax excluded
 */
public record Tariff(
    long id,
    CallClass callClass,
    LocalDate validFrom,
    LocalDate validTo,
    LocalTime bandFrom,
    LocalTime bandTo,
    int unitSeconds,
    BigDecimal pricePerUnit) {

  public Tariff {
    Objects.requireNonNull(callClass);
    Objects.requireNonNull(validFrom);
    Objects.requireNonNull(pricePerUnit);
    if (unitSeconds <= 0) {
      throw new IllegalArgumentException("a unit lasts at least a second");
    }
    if (pricePerUnit.signum() < 0) {
      throw new IllegalArgumentException("a price is not negative");
    }
    if ((bandFrom == null) != (bandTo == null)) {
      throw new IllegalArgumentException("a time band has a start and an end");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("a tariff ends on or after its first day");
    }
  }

  /** Whether the row holds for a call of its class begun on that day at that time. */
  boolean holds(LocalDate day, LocalTime time) {
    if (day.isBefore(validFrom) || (validTo != null && day.isAfter(validTo))) {
      return false;
    }
    if (bandFrom == null) {
      return true;
    }
    return bandFrom.isBefore(bandTo)
        ? !time.isBefore(bandFrom) && time.isBefore(bandTo)
        : !time.isBefore(bandFrom) || time.isBefore(bandTo);
  }

  boolean banded() {
    return bandFrom != null;
  }
}
