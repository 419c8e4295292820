package jp.selfcare.billing.bills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.selfcare.numbers.AddOn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChargesTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @ParameterizedTest(name = "{0} – {1}: {2} days of November")
  @CsvSource({
    "2026-10-01, , 30", // held all month
    "2026-11-01, 2026-11-30, 30",
    "2026-11-16, , 15", // began mid-month: the first day counts
    "2026-10-01, 2026-11-10, 10", // ended mid-month: the last day counts
    "2026-11-10, 2026-11-10, 1", // one day
    "2026-11-05, 2026-11-24, 20",
    "2026-12-01, , 0", // not yet
    "2026-09-01, 2026-10-31, 0" // over before
  })
  void theDaysHeldCountEveryDayTouched(LocalDate first, LocalDate last, int days) {
    assertThat(Charges.daysHeld(NOVEMBER, first, last)).isEqualTo(days);
  }

  @Test
  void februaryHasItsOwnLength() {
    assertThat(Charges.daysHeld(YearMonth.of(2027, 2), LocalDate.of(2027, 2, 15), null))
        .isEqualTo(14);
    assertThat(Charges.daysHeld(YearMonth.of(2028, 2), LocalDate.of(2028, 2, 15), null))
        .isEqualTo(15);
  }

  @ParameterizedTest(name = "{0} yen for {1} of {2} days: {3}")
  @CsvSource({
    "300, 30, 30, 300", // the whole month: the full fee
    "300, 15, 30, 150",
    "300, 10, 31, 96", // 96.77 rounded down
    "200, 1, 31, 6", // 6.45
    "100, 7, 28, 25",
    "3000, 20, 30, 2000",
    "3000, 1, 31, 96", // 96.77
    "1000, 29, 31, 935", // 935.48
    "300, 0, 30, 0"
  })
  void aPartMonthIsProratedByDayAndRoundedDown(long fee, int days, int daysInMonth, long expected) {
    assertThat(Charges.prorated(fee, days, daysInMonth)).isEqualTo(expected);
  }

  @Test
  void moreDaysThanTheMonthHasIsAMistake() {
    assertThatThrownBy(() -> Charges.prorated(300, 31, 30))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "calls {0}: {1} yen")
  @CsvSource({"0, 0", "16.00, 16", "48.50, 48", "0.99, 0", "123456.99, 123456"})
  void callsAreRoundedDownOncePerLine(BigDecimal sum, long expected) {
    assertThat(Charges.calls(sum)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "tax on {0}: {1}")
  @CsvSource({"0, 0", "300, 30", "1009, 100", "3650, 365", "99, 9", "123457, 12345"})
  void taxIsTenPercentOfTheSubtotalRoundedDown(long subtotal, long expected) {
    assertThat(Charges.tax(subtotal)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(AddOn.class)
  void theFeeTableGivesEachAddOnItsListPriceWithTax(AddOn addOn) {
    long withTax = addOn.monthlyFee() + Charges.tax(addOn.monthlyFee());
    assertThat(withTax).isEqualTo(addOn.monthlyFeeWithTax());
  }

  @ParameterizedTest(name = "{0}: {1} yen, {2} with tax")
  @CsvSource({
    "NUISANCE_BLOCKING, 300, 330",
    "ANONYMOUS_REJECTION, 200, 220",
    "MESSAGE_BOX, 300, 330",
    "SPECIFIC_NUMBER_PRESENTATION, 100, 110",
    "BULK_FORWARDING, 3000, 3300",
    "SPECIFIC_DESTINATION, 1000, 1100"
  })
  void theFeesAreTheManualsTable(AddOn addOn, int fee, int withTax) {
    assertThat(addOn.monthlyFee()).isEqualTo(fee);
    assertThat(addOn.monthlyFeeWithTax()).isEqualTo(withTax);
  }
}
