package jp.selfcare.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import jp.selfcare.billing.calls.CallClass;
import jp.selfcare.billing.calls.CallRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

  private static final LocalDate FROM = LocalDate.of(2019, 10, 1);

  private static final Tariff FIXED = tariff(1, CallClass.FIXED, FROM, null, 180, "8.00");
  private static final Tariff MOBILE = tariff(2, CallClass.MOBILE, FROM, null, 60, "16.00");

  private static Tariff tariff(
      long id, CallClass c, LocalDate from, LocalDate to, int unit, String price) {
    return new Tariff(id, c, from, to, null, null, unit, new BigDecimal(price));
  }

  private static CallRecord call(CallClass c, String start, boolean answered, int seconds) {
    return new CallRecord(
        "c1", OffsetDateTime.parse(start), "0312345678", "0312345679", answered, seconds, c);
  }

  @ParameterizedTest(name = "{0} s at 60 s a unit: {1} units")
  @CsvSource({"0, 0", "1, 1", "59, 1", "60, 1", "61, 2", "119, 2", "120, 2", "121, 3"})
  void everyStartedUnitOfAMinuteIsCharged(int seconds, int units) {
    assertThat(Rating.charge(seconds, 60, new BigDecimal("16.00")))
        .isEqualByComparingTo(new BigDecimal(16 * units));
  }

  @ParameterizedTest(name = "{0} s at 180 s a unit: {1} units")
  @CsvSource({"1, 1", "179, 1", "180, 1", "181, 2", "359, 2", "360, 2", "361, 3"})
  void everyStartedUnitOfThreeMinutesIsCharged(int seconds, int units) {
    assertThat(Rating.charge(seconds, 180, new BigDecimal("8.00")))
        .isEqualByComparingTo(new BigDecimal(8 * units));
  }

  @Test
  void aCallIsRatedWithItsClassTariff() {
    Rating rating = new Rating(List.of(FIXED, MOBILE));

    Rating.Rated rated =
        rating.rate(call(CallClass.MOBILE, "2026-11-01T09:15:02+09:00", true, 125)).orElseThrow();

    assertThat(rated.tariff()).isEqualTo(MOBILE);
    assertThat(rated.charge()).isEqualByComparingTo("48");
  }

  @Test
  void aCallNotAnsweredCostsNothing() {
    Rating rating = new Rating(List.of(FIXED));

    assertThat(rating.rate(call(CallClass.FIXED, "2026-11-01T09:15:02+09:00", false, 0)))
        .get()
        .extracting(Rating.Rated::charge)
        .isEqualTo(BigDecimal.ZERO);
  }

  @Test
  void theTariffOfTheDayInJapanHolds() {
    Tariff old = tariff(3, CallClass.FIXED, FROM, LocalDate.of(2026, 10, 31), 180, "8.00");
    Tariff raised = tariff(4, CallClass.FIXED, LocalDate.of(2026, 11, 1), null, 180, "9.00");
    Rating rating = new Rating(List.of(old, raised));

    // 2026-10-31T15:30Z is 11-01 00:30 in Japan
    assertThat(rating.rate(call(CallClass.FIXED, "2026-10-31T15:30:00Z", true, 60)))
        .get()
        .extracting(Rating.Rated::tariff)
        .isEqualTo(raised);
    assertThat(rating.rate(call(CallClass.FIXED, "2026-10-31T14:59:59Z", true, 60)))
        .get()
        .extracting(Rating.Rated::tariff)
        .isEqualTo(old);
  }

  @Test
  void aTimeBandWinsOverTheWholeDayAndMayPassMidnight() {
    Tariff night =
        new Tariff(
            5,
            CallClass.FIXED,
            FROM,
            null,
            LocalTime.of(23, 0),
            LocalTime.of(8, 0),
            180,
            new BigDecimal("5.00"));
    Rating rating = new Rating(List.of(FIXED, night));

    assertThat(rating.rate(call(CallClass.FIXED, "2026-11-01T23:00:00+09:00", true, 60)))
        .get()
        .extracting(Rating.Rated::tariff)
        .isEqualTo(night);
    assertThat(rating.rate(call(CallClass.FIXED, "2026-11-02T07:59:59+09:00", true, 60)))
        .get()
        .extracting(Rating.Rated::tariff)
        .isEqualTo(night);
    assertThat(rating.rate(call(CallClass.FIXED, "2026-11-02T08:00:00+09:00", true, 60)))
        .get()
        .extracting(Rating.Rated::tariff)
        .isEqualTo(FIXED);
  }

  @Test
  void aCallWithoutATariffIsNotRated() {
    Rating rating = new Rating(List.of(FIXED));

    assertThat(rating.rate(call(CallClass.INTERNATIONAL, "2026-11-01T09:00:00+09:00", true, 60)))
        .isEmpty();
    assertThat(rating.rate(call(CallClass.FIXED, "2019-09-30T09:00:00+09:00", true, 60))).isEmpty();
  }

  @Test
  void aTariffRowIsConsistent() {
    assertThatThrownBy(() -> tariff(9, CallClass.FIXED, FROM, null, 0, "8"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tariff(9, CallClass.FIXED, FROM, null, 60, "-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tariff(9, CallClass.FIXED, FROM, FROM.minusDays(1), 60, "8"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Tariff(
                    9, CallClass.FIXED, FROM, null, LocalTime.NOON, null, 60, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
