package jp.selfcare.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.selfcare.provisioning.LineOutcome.Outcome;

/**
 * The order lines of the imports: what became of each, read and written in the caller's
 * transaction.
 */
@ApplicationScoped
class OrderLog {

  private static final int DETAIL_MAX = 500;

  @PersistenceContext private EntityManager em;

  /** What became of the line, when the import did it already. */
  Optional<LineOutcome> line(long importId, int line) {
    return lines(importId, false, line - 1, 0, 1).stream()
        .filter(l -> l.line() == line)
        .findFirst();
  }

  /** Records the line's outcome and returns it. */
  LineOutcome record(long importId, LineOutcome outcome) {
    String detail = outcome.detail();
    em.createNativeQuery(
            "INSERT INTO order_line (import_id, line_no, order_id, kind, outcome, reason, detail)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, importId)
        .setParameter(2, outcome.line())
        .setParameter(3, outcome.orderId())
        .setParameter(4, outcome.kind())
        .setParameter(5, outcome.outcome().name())
        .setParameter(6, outcome.reason() == null ? null : outcome.reason().name())
        .setParameter(
            7,
            detail == null || detail.length() <= DETAIL_MAX
                ? detail
                : detail.substring(0, DETAIL_MAX))
        .executeUpdate();
    return outcome;
  }

  /**
   * The lines after {@code afterLine}, in order, from the {@code first} of them, at most {@code
   * size}; only the refused ones if asked.
   */
  @SuppressWarnings("unchecked")
  List<LineOutcome> lines(long importId, boolean refusedOnly, int afterLine, int first, int size) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT line_no, order_id, kind, outcome, reason, detail FROM order_line"
                    + " WHERE import_id = ?1 AND line_no > ?2"
                    + (refusedOnly ? " AND outcome = 'REFUSED'" : "")
                    + " ORDER BY line_no")
            .setParameter(1, importId)
            .setParameter(2, afterLine)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new LineOutcome(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    Outcome.valueOf((String) r[3]),
                    r[4] == null ? null : Reason.valueOf((String) r[4]),
                    (String) r[5]))
        .toList();
  }

  /** How many lines of the import there are (only refused ones if asked). */
  long count(long importId, boolean refusedOnly) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM order_line WHERE import_id = ?1"
                        + (refusedOnly ? " AND outcome = 'REFUSED'" : ""))
                .setParameter(1, importId)
                .getSingleResult())
        .longValue();
  }
}
