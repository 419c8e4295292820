package jp.selfcare.bulk;

import jakarta.persistence.EntityManager;

/**
 * Whether bulk forwarding is applied to a number now: a member of a group whose 開始 reached it.
 * While it is, the number's own forwarding changes are accepted and stored but take effect only
 * after 停止 (spec 30-settings-site.md §1).
 */
public final class BulkState {

  private BulkState() {}

  /** Whether the number currently forwards because of its bulk forwarding group. */
  public static boolean active(EntityManager em, long ipNumberId) {
    return ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM bulk_forwarding_member"
                            + " WHERE ip_number_id = ?1 AND bulk_active")
                    .setParameter(1, ipNumberId)
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
