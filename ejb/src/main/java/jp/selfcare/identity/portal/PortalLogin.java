package jp.selfcare.identity.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginAttempts;
import jp.selfcare.identity.PasswordHasher;

/**
 * The first step of the Business Portal login: login ID and password, under the portal lockout rule
 * (5 failures → 30 minutes; after that lock lifts, 1 failure → 15 minutes; success resets). A
 * locked account is refused as locked without checking the password, so the answer never tells
 * whether it was right. Every outcome is audited.
 */
@Stateless
public class PortalLogin {

  static final String APPLICATION = "portal";

  /** Verified against when the login ID is unknown, so both cases take the same time. */
  private static final String DUMMY_HASH = PasswordHasher.DEFAULT.hash("no such user");

  /** The outcome of the first step. */
  public enum FirstStep {
    /** Password right: go on to the TOTP code. */
    TOTP_REQUIRED,
    /** Password right: the second step is a mailed one-time code. */
    MAIL_CODE_REQUIRED,
    /** The account is locked (now, or by this very failure). */
    LOCKED,
    /** Unknown login ID or wrong password (deliberately not told apart). */
    REJECTED
  }

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  /** Checks login ID and password; see {@link FirstStep}. */
  public FirstStep checkPassword(String loginId, String password) {
    Instant now = clock.instant();
    String id = PortalUser.normalise(loginId);
    List<PortalUser> found =
        em.createQuery("select u from PortalUser u where u.loginId = :id", PortalUser.class)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      PasswordHasher.verify(password, DUMMY_HASH);
      audit.record(APPLICATION, null, id, AuditEvent.LOGIN_FAILED, "unknown login ID");
      return FirstStep.REJECTED;
    }
    PortalUser user = found.get(0);
    LoginAttempts attempts = user.attempts();
    if (attempts.lockedAt(now)) {
      audit.record(APPLICATION, user.customerId(), id, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return FirstStep.LOCKED;
    }
    if (!user.passwordMatches(password)) {
      LoginAttempts next = attempts.failed(now, LockoutPolicy.PORTAL);
      user.recordAttempts(next);
      audit.record(APPLICATION, user.customerId(), id, AuditEvent.LOGIN_FAILED, "wrong password");
      if (next.lockedAt(now)) {
        audit.record(
            APPLICATION,
            user.customerId(),
            id,
            AuditEvent.ACCOUNT_LOCKED,
            "until " + next.lockedUntil());
        return FirstStep.LOCKED;
      }
      return FirstStep.REJECTED;
    }
    audit.record(APPLICATION, user.customerId(), id, AuditEvent.LOGIN_PASSWORD_ACCEPTED, null);
    return user.secondStep() == SecondStep.TOTP
        ? FirstStep.TOTP_REQUIRED
        : FirstStep.MAIL_CODE_REQUIRED;
  }
}
