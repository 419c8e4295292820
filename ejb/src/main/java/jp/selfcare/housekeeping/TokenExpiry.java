package jp.selfcare.housekeeping;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Drops what has expired (spec 40-bulk-and-batch.md §5, the token-expiry job): one-time URLs
 * (registration and password links), settings-site hand-offs, mailed one-time codes and login
 * tickets, and operation holds. Codes, tickets and links go {@link #GRACE} after they expired, so a
 * user who enters an expired code still gets the "expired" message rather than "unknown"; holds go
 * as soon as they expired (nothing reads an expired hold).
 */
@Stateless
@PermitAll
public class TokenExpiry {

  /** How long an expired code, ticket or link is kept for its message. */
  public static final Duration GRACE = Duration.ofHours(1);

  private static final Logger LOG = Logger.getLogger(TokenExpiry.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** What one run dropped. */
  public record Dropped(int links, int handOffs, int codes, int tickets, int holds) {
    @Override
    public String toString() {
      return "links "
          + links
          + ", hand-offs "
          + handOffs
          + ", codes "
          + codes
          + ", tickets "
          + tickets
          + ", holds "
          + holds;
    }
  }

  /** Drops everything expired now; called by the token-expiry job. */
  public Dropped run() {
    Instant now = clock.instant();
    Instant graced = now.minus(GRACE);
    int links = delete("DELETE FROM portal_link WHERE expires_at < ?1", graced);
    links += delete("DELETE FROM billing_member_link WHERE expires_at < ?1", graced);
    int handOffs = delete("DELETE FROM settings_handoff WHERE expires_at < ?1", graced);
    int codes = 0;
    int tickets = 0;
    for (String table : new String[] {"portal_user", "settings_account", "billing_member"}) {
      codes +=
          delete(
              "UPDATE "
                  + table
                  + " SET code_hash = NULL, code_expires_at = NULL, code_wrong_entries = NULL,"
                  + " code_used = NULL, code_sends = NULL WHERE code_expires_at < ?1",
              graced);
      tickets +=
          delete(
              "UPDATE "
                  + table
                  + " SET login_ticket_hash = NULL, login_ticket_expires_at = NULL"
                  + " WHERE login_ticket_expires_at < ?1",
              graced);
    }
    int holds = delete("DELETE FROM operation_hold WHERE expires_at < ?1", now);
    Dropped dropped = new Dropped(links, handOffs, codes, tickets, holds);
    LOG.info(() -> "token expiry: " + dropped);
    return dropped;
  }

  private int delete(String sql, Instant before) {
    return em.createNativeQuery(sql).setParameter(1, before).executeUpdate();
  }
}
