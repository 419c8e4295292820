package jp.selfcare.webbilling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import jp.selfcare.identity.PasswordHasher;

/**
 * The last login IDs and password hashes of each member, for "not one of the last three (the
 * current one included)" of 10-identity.md §3; written with every registration and change.
 */
@ApplicationScoped
class MemberHistory {

  private static final int KEPT = 3;

  @PersistenceContext private EntityManager em;

  /** Whether the password is one of the member's last three. */
  boolean recentPassword(long memberId, String password) {
    return last(memberId, "PASSWORD").stream()
        .anyMatch(hash -> PasswordHasher.verify(password, hash));
  }

  /** Whether the login ID is one of the member's last three (case-sensitive, as login IDs are). */
  boolean recentLoginId(long memberId, String loginId) {
    return last(memberId, "LOGIN_ID").contains(loginId);
  }

  void passwordSet(long memberId, String hash, Instant at) {
    record(memberId, "PASSWORD", hash, at);
  }

  void loginIdSet(long memberId, String loginId, Instant at) {
    record(memberId, "LOGIN_ID", loginId, at);
  }

  private List<String> last(long memberId, String kind) {
    return em
        .createNativeQuery(
            "SELECT credential FROM billing_member_history WHERE member_id = ?1 AND kind = ?2"
                + " ORDER BY changed_at DESC")
        .setParameter(1, memberId)
        .setParameter(2, kind)
        .setMaxResults(KEPT)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  private void record(long memberId, String kind, String credential, Instant at) {
    em.createNativeQuery(
            "INSERT INTO billing_member_history (member_id, kind, credential, changed_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, memberId)
        .setParameter(2, kind)
        .setParameter(3, credential)
        .setParameter(4, at)
        .executeUpdate();
  }
}
