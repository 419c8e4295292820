package jp.selfcare.webbilling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.persistence.SqlValues;

/**
 * The single-use links mailed to members ({@link LinkPurpose}): only the token's hash is stored; a
 * link is good until it expires or is used, and a new link of the same purpose voids the member's
 * earlier ones (the latest request is the one that counts).
 */
@ApplicationScoped
class MemberLinks {

  @PersistenceContext private EntityManager em;

  /** A stored link. */
  record Link(
      long id,
      long memberId,
      LinkPurpose purpose,
      Instant expiresAt,
      Instant usedAt,
      String newMail,
      SecretQuestion question,
      String answerHash) {

    LinkState stateAt(Instant now) {
      return LinkState.of(expiresAt, usedAt, now);
    }
  }

  /**
   * A new link; returns its token (to be mailed, never stored).
   *
   * @param newMail the address it confirms (null for a registration)
   * @param question the secret question chosen with the request (null: the member's own)
   * @param answerHash the hash of that question's answer
   */
  String create(
      long memberId,
      LinkPurpose purpose,
      Instant now,
      Instant expiresAt,
      String newMail,
      SecretQuestion question,
      String answerHash) {
    em.createNativeQuery(
            "UPDATE billing_member_link SET used_at = ?1 WHERE member_id = ?2 AND purpose = ?3"
                + " AND used_at IS NULL AND expires_at > ?1")
        .setParameter(1, now)
        .setParameter(2, memberId)
        .setParameter(3, purpose.name())
        .executeUpdate();
    String token = OneTimeSecrets.newToken();
    em.createNativeQuery(
            "INSERT INTO billing_member_link (token_hash, purpose, member_id, created_at,"
                + " expires_at, new_mail, secret_question, secret_answer_hash)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, OneTimeSecrets.tokenHash(token))
        .setParameter(2, purpose.name())
        .setParameter(3, memberId)
        .setParameter(4, now)
        .setParameter(5, expiresAt)
        .setParameter(6, newMail)
        .setParameter(7, question == null ? null : question.name())
        .setParameter(8, answerHash)
        .executeUpdate();
    return token;
  }

  /** The link of the token, whatever its state. */
  Optional<Link> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, member_id, purpose, expires_at, used_at, new_mail, secret_question,"
                    + " secret_answer_hash FROM billing_member_link WHERE token_hash = ?1")
            .setParameter(1, OneTimeSecrets.tokenHash(token))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Link(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    LinkPurpose.valueOf((String) r[2]),
                    SqlValues.instant(r[3]),
                    SqlValues.instant(r[4]),
                    (String) r[5],
                    r[6] == null ? null : SecretQuestion.valueOf((String) r[6]),
                    (String) r[7]))
        .findFirst();
  }

  /** Uses the link up; false when it was used meanwhile (two clicks at once: only one goes on). */
  boolean use(Link link, Instant now) {
    return em.createNativeQuery(
                "UPDATE billing_member_link SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
            .setParameter(1, now)
            .setParameter(2, link.id())
            .executeUpdate()
        == 1;
  }
}
