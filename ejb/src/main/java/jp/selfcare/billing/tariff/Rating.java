package jp.selfcare.billing.tariff;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.selfcare.billing.calls.CallRecord;

/**
 * Rates calls with the tariff: every started unit is charged (a 61-second call at 60 seconds a unit
 * is two units), a call not answered costs nothing. The tariff is the row of the call's class that
 * holds on the day and at the time (Japan time) it began; a row of a time band wins over a row for
 * the whole day.
 */
public final class Rating {

  /** The billing calendar's zone: days, months and time bands are Japan's. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private final List<Tariff> tariffs;

  public Rating(List<Tariff> tariffs) {
    this.tariffs = List.copyOf(tariffs);
  }

  /** A call's tariff and charge (yen, tax excluded). */
  public record Rated(Tariff tariff, BigDecimal charge) {}

  /** The call rated, or empty when no row of its class holds for its start. */
  public Optional<Rated> rate(CallRecord call) {
    LocalDateTime local = call.startedAt().atZoneSameInstant(ZONE).toLocalDateTime();
    return tariffs.stream()
        .filter(t -> t.callClass() == call.callClass())
        .filter(t -> t.holds(local.toLocalDate(), local.toLocalTime()))
        .max(Comparator.comparing(Tariff::banded).thenComparing(Tariff::validFrom))
        .map(
            t ->
                new Rated(
                    t,
                    call.answered()
                        ? charge(call.durationSeconds(), t.unitSeconds(), t.pricePerUnit())
                        : BigDecimal.ZERO));
  }

  /** Every started unit at the price: 0 seconds cost nothing. */
  public static BigDecimal charge(int seconds, int unitSeconds, BigDecimal pricePerUnit) {
    long units = (seconds + (long) unitSeconds - 1) / unitSeconds;
    return pricePerUnit.multiply(BigDecimal.valueOf(units));
  }
}
