package jp.selfcare.it.support;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads and (for the transitional-state test only) sets what the bulk screens do not show. */
@Stateless
public class ItBulkData {

  @PersistenceContext(unitName = "selfcare")
  private EntityManager em;

  public long siteId(String code) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM site WHERE site_code = ?1")
                .setParameter(1, code)
                .getSingleResult())
        .longValue();
  }

  public String state(long groupId) {
    List<?> states =
        em.createNativeQuery("SELECT state FROM bulk_forwarding_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    return states.isEmpty() ? "GONE" : (String) states.get(0);
  }

  /** Puts a group in a state as if a job were running (nothing else is touched). */
  public void forceState(long groupId, String state) {
    em.createNativeQuery("UPDATE bulk_forwarding_group SET state = ?1 WHERE id = ?2")
        .setParameter(1, state)
        .setParameter(2, groupId)
        .executeUpdate();
  }

  /** "STATE message". */
  public String operation(long operationId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT state, message FROM operation WHERE id = ?1")
                .setParameter(1, operationId)
                .getSingleResult();
    return row[0] + " " + (row[1] == null ? "" : row[1]);
  }

  /** The operation's result files: "name\ncontent" each, separated by a form feed. */
  public String resultFiles(long operationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT file_name, content FROM result_file WHERE operation_id = ?1"
                    + " ORDER BY file_name")
            .setParameter(1, operationId)
            .getResultList();
    StringBuilder out = new StringBuilder();
    for (Object[] row : rows) {
      out.append(row[0]).append('\n').append(new String((byte[]) row[1], StandardCharsets.UTF_8));
      out.append('\f');
    }
    return out.toString();
  }

  /** How many settings-history entries of a type name a target. */
  public long entries(String type, String target) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM operation WHERE operation_type = ?1 AND target = ?2")
                .setParameter(1, type)
                .setParameter(2, target)
                .getSingleResult())
        .longValue();
  }
}
