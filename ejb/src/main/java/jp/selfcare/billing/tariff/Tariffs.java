package jp.selfcare.billing.tariff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.billing.calls.CallClass;

/**
 * The call tariff operators maintain (table {@code tariff}; the defaults of the first migration are
 * in docs/call-records.md): read whole to rate calls, listed and extended by the operators. A row
 * is added, never changed, so a rated call keeps the charge its row gave it.
 */
@Stateless
public class Tariffs {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @EJB private AuditLog audit;

  /** The rating with every row of the tariff (the import job, per chunk: a small table). */
  @PermitAll
  public Rating rating() {
    return new Rating(all());
  }

  /** Every row, by class and first day. */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<Tariff> list() {
    return all();
  }

  /**
   * Adds a row from its first day (e.g. a new price): from that day it wins over the older row of
   * the class, which an operator ends the day before with a row of its own if it should stop.
   *
   * @return the new row's id
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public long add(Tariff draft, String note) {
    em.createNativeQuery(
            "INSERT INTO tariff (call_class, valid_from, valid_to, band_from, band_to,"
                + " unit_seconds, price_per_unit, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, draft.callClass().name())
        .setParameter(2, Date.valueOf(draft.validFrom()))
        .setParameter(3, draft.validTo() == null ? null : Date.valueOf(draft.validTo()))
        .setParameter(4, draft.bandFrom() == null ? null : Time.valueOf(draft.bandFrom()))
        .setParameter(5, draft.bandTo() == null ? null : Time.valueOf(draft.bandTo()))
        .setParameter(6, draft.unitSeconds())
        .setParameter(7, draft.pricePerUnit())
        .setParameter(8, note)
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("SELECT MAX(id) FROM tariff WHERE call_class = ?1")
                    .setParameter(1, draft.callClass().name())
                    .getSingleResult())
            .longValue();
    audit.record(
        "operator",
        null,
        "operator:" + context.getCallerPrincipal().getName(),
        AuditEvent.TARIFF_ADDED,
        id
            + " "
            + draft.callClass()
            + " "
            + draft.validFrom()
            + " "
            + draft.unitSeconds()
            + "s "
            + draft.pricePerUnit().toPlainString());
    return id;
  }

  @SuppressWarnings("unchecked")
  private List<Tariff> all() {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT id, call_class, valid_from, valid_to, band_from, band_to,"
                        + " unit_seconds, price_per_unit FROM tariff ORDER BY call_class, valid_from")
                .getResultList())
        .stream()
            .map(
                r ->
                    new Tariff(
                        ((Number) r[0]).longValue(),
                        CallClass.valueOf((String) r[1]),
                        date(r[2]),
                        date(r[3]),
                        time(r[4]),
                        time(r[5]),
                        ((Number) r[6]).intValue(),
                        (BigDecimal) r[7]))
            .toList();
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static LocalTime time(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalTime t ? t : ((Time) value).toLocalTime();
  }
}
