package jp.selfcare.webbilling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginAttempts;
import jp.selfcare.identity.NotAllowedException;

/**
 * The logged-in member every member service acts on: taken from the request's {@link Caller}, never
 * from a page parameter, and refused unless still active under the same sign-in.
 */
@ApplicationScoped
class Members {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private AuditLog audit;

  BillingMember me() {
    BillingSignIn signIn = caller.requireBilling();
    BillingMember m = em.find(BillingMember.class, signIn.memberId());
    if (m == null
        || m.state() != MemberState.ACTIVE
        || m.signInVersion() != signIn.signInVersion()) {
      throw new NotAllowedException("the member's login ended");
    }
    return m;
  }

  /** A member by id, for work done on its behalf without a login (its jobs). */
  BillingMember byId(long memberId) {
    return em.find(BillingMember.class, memberId);
  }

  /** The caller's sign-in as its session keeps it. */
  BillingSignIn signIn() {
    return caller.requireBilling();
  }

  void audit(BillingMember m, AuditEvent event, String detail) {
    audit.record(MemberRegistration.APPLICATION, m.customerId(), m.loginId(), event, detail);
  }

  /**
   * Counts a failed attempt at the member's secrets (a wrong password or secret answer, at the
   * login or on a mailed link) towards {@link LockoutPolicy#WEB_BILLING}; true when it locked the
   * member.
   */
  boolean fail(BillingMember m, Instant now, String why) {
    LoginAttempts next = m.attempts().failed(now, LockoutPolicy.WEB_BILLING);
    m.recordAttempts(next);
    audit(m, AuditEvent.LOGIN_FAILED, why);
    if (next.lockedAt(now)) {
      audit(m, AuditEvent.ACCOUNT_LOCKED, "until " + next.lockedUntil());
      return true;
    }
    return false;
  }
}
