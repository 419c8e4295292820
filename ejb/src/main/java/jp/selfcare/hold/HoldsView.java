package jp.selfcare.hold;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.audit.AuditTrail;

/** The live holds, for operators (container role {@value AuditTrail#OPERATOR}). */
@Stateless
public class HoldsView {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** A hold as the operators' screen shows it. */
  public record HoldLine(
      long id,
      OperationKind kind,
      String customerNumber,
      String account,
      String siteId,
      Long groupId,
      int numberCount,
      Instant acquiredAt,
      Instant expiresAt)
      implements Serializable {}

  @RolesAllowed(AuditTrail.OPERATOR)
  public List<HoldLine> current() {
    Instant now = clock.instant();
    Map<Long, Integer> arrays = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> counted =
        em.createNativeQuery(
                "SELECT id, CARDINALITY(number_ids) FROM operation_hold"
                    + " WHERE number_ids IS NOT NULL AND expires_at > :now")
            .setParameter("now", now)
            .getResultList();
    counted.forEach(r -> arrays.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
    return em.createQuery(
            "select h, c.number.value, s.siteId.value, size(h.numbers)"
                + " from OperationHold h, Customer c, Site s"
                + " where c.id = h.customerId and s.id = h.siteId and h.expiresAt > :now"
                + " order by h.acquiredAt",
            Object[].class)
        .setParameter("now", now)
        .getResultStream()
        .map(
            r -> {
              OperationHold h = (OperationHold) r[0];
              return new HoldLine(
                  h.id(),
                  h.kind(),
                  (String) r[1],
                  h.account(),
                  (String) r[2],
                  h.groupId(),
                  ((Number) r[3]).intValue() + arrays.getOrDefault(h.id(), 0),
                  h.acquiredAt(),
                  h.expiresAt());
            })
        .toList();
  }
}
