package jp.selfcare.billing.station;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import jp.selfcare.billing.tariff.Rating;

/**
 * The calls a Billing Station search covers, as the condition on {@code call_record r} (with {@code
 * ?} for its values, in {@link #values()}' order) that the screens, their totals and the CSV
 * downloads all read them by: the customer's calls that began in the period (days in Japan), of the
 * numbers named, of the contracts the caller may read.
 *
 * <p>Numbers and contracts are matched through the lines' periods ({@code number_period}), which
 * outlive a line that ended: the calls of a number given back stay found by its number and its
 * contract. Matching by line also lets the database read one number's calls on its own index
 * instead of the whole customer's month.
 *
 * @param contracts the contracts the caller may read; null for all of the customer's
 * @param numbers the calling numbers searched; empty for all
 */
record CallConditions(
    long customerId,
    Collection<Long> contracts,
    LocalDate from,
    LocalDate to,
    Collection<String> numbers) {

  /** Whether no call can match (a caller who may read no contract). */
  boolean none() {
    return contracts != null && contracts.isEmpty();
  }

  /** " WHERE …" on {@code call_record r}. */
  String where() {
    StringBuilder sql =
        new StringBuilder(" WHERE r.customer_id = ? AND r.started_at >= ? AND r.started_at < ?");
    if (!numbers.isEmpty()) {
      sql.append(" AND r.ip_number_id IN (SELECT p.ip_number_id FROM number_period p")
          .append(" WHERE p.customer_id = ? AND p.number IN (")
          .append(marks(numbers.size()))
          .append("))");
    }
    if (contracts != null) {
      sql.append(" AND r.ip_number_id IN (SELECT p.ip_number_id FROM number_period p")
          .append(" WHERE p.contract_id IN (")
          .append(marks(contracts.size()))
          .append("))");
    }
    return sql.toString();
  }

  /** The values of {@link #where()}'s parameters, in order. */
  List<Object> values() {
    List<Object> values = new ArrayList<>();
    values.add(customerId);
    values.add(start(from));
    values.add(start(to.plusDays(1)));
    if (!numbers.isEmpty()) {
      values.add(customerId);
      values.addAll(numbers);
    }
    if (contracts != null) {
      values.addAll(contracts);
    }
    return values;
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(Rating.ZONE).toOffsetDateTime();
  }
}
