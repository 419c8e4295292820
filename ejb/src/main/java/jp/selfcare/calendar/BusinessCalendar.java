package jp.selfcare.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.audit.AuditTrail;

/**
 * The business calendar as the table holds it: read by every rule that counts business days,
 * maintained by operators (a year's national holidays are published by the Cabinet Office in the
 * February of the year before; the operator's own closing days are theirs to add).
 */
@Stateless
public class BusinessCalendar {

  /** How far around a date the calendar reads holidays: longer than any span a rule counts. */
  private static final int WINDOW_DAYS = 400;

  /** A non-business weekday with its name. */
  public record Holiday(LocalDate day, String name) implements Serializable {}

  @PersistenceContext private EntityManager em;

  /** The business days around a date (a year before and after), for the rules to count on. */
  @PermitAll
  public BusinessDays around(LocalDate day) {
    Set<LocalDate> holidays = new HashSet<>();
    for (Holiday h : between(day.minusDays(WINDOW_DAYS), day.plusDays(WINDOW_DAYS))) {
      holidays.add(h.day());
    }
    return new BusinessDays(holidays);
  }

  /** The holidays of a period, in date order (both ends included). */
  @PermitAll
  @SuppressWarnings("unchecked")
  public List<Holiday> between(LocalDate from, LocalDate to) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT holiday_date, name FROM holiday WHERE holiday_date BETWEEN ?1 AND ?2"
                        + " ORDER BY holiday_date")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList())
        .stream().map(r -> new Holiday(localDate(r[0]), (String) r[1])).toList();
  }

  /**
   * Adds a holiday or renames one.
   *
   * @throws IllegalArgumentException for a blank or too long name
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public void put(LocalDate day, String name) {
    if (name == null || name.isBlank() || name.strip().length() > 60) {
      throw new IllegalArgumentException("a holiday needs a name of 1 to 60 characters");
    }
    remove(day);
    em.createNativeQuery("INSERT INTO holiday (holiday_date, name) VALUES (?1, ?2)")
        .setParameter(1, day)
        .setParameter(2, name.strip())
        .executeUpdate();
  }

  @RolesAllowed(AuditTrail.OPERATOR)
  public void remove(LocalDate day) {
    em.createNativeQuery("DELETE FROM holiday WHERE holiday_date = ?1")
        .setParameter(1, day)
        .executeUpdate();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
