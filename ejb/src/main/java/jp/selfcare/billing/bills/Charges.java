package jp.selfcare.billing.bills;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import jp.selfcare.numbers.AddOn;

/**
 * The arithmetic of a bill, in whole yen (tax excluded unless named): every amount the customer
 * reads is rounded down (切り捨て), so a bill never charges a fraction the customer could not check.
 *
 * <ul>
 *   <li>A monthly fee held for part of the month is prorated by day: the fee × the days held ÷ the
 *       month's days, rounded down. Every day on which it was held for any part counts — the day it
 *       began and the day it ended.
 *   <li>A line's calls are the sum of their rated charges (which may hold fractions of a yen),
 *       rounded down once for the line, not call by call.
 *   <li>Consumption tax ({@value AddOn#TAX_PERCENT} %) is taken once on the bill's subtotal,
 *       rounded down.
 * </ul>
 */
public final class Charges {

  private Charges() {}

  /**
   * The days of the month on which something held from {@code first} through {@code last} (both
   * inclusive; {@code last} null while it still holds).
   */
  public static int daysHeld(YearMonth month, LocalDate first, LocalDate last) {
    LocalDate from = first.isBefore(month.atDay(1)) ? month.atDay(1) : first;
    LocalDate to = last == null || last.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : last;
    return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** A monthly fee for the days held of a month of {@code daysInMonth} days, rounded down. */
  public static long prorated(long monthlyFee, int daysHeld, int daysInMonth) {
    if (daysHeld < 0 || daysHeld > daysInMonth) {
      throw new IllegalArgumentException(daysHeld + " days of " + daysInMonth);
    }
    return monthlyFee * daysHeld / daysInMonth;
  }

  /** A line's call charges: the calls' charges summed, rounded down to the yen. */
  public static long calls(BigDecimal sumOfCharges) {
    return sumOfCharges.setScale(0, RoundingMode.DOWN).longValueExact();
  }

  /** The consumption tax on a bill's subtotal, rounded down to the yen. */
  public static long tax(long subtotal) {
    return subtotal * AddOn.TAX_PERCENT / 100;
  }
}
