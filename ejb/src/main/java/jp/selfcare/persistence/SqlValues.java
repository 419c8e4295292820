package jp.selfcare.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the database's driver gives them. */
public final class SqlValues {

  private SqlValues() {}

  /** A TIMESTAMP WITH TIME ZONE column as an instant (null stays null). */
  public static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  /** A DATE column as a day (null stays null). */
  public static LocalDate localDate(Object value) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    return ((java.sql.Date) value).toLocalDate();
  }
}
