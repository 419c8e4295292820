package jp.selfcare.identity.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.mail.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a logged-in portal user does about their own account: agree to the customer portal terms
 * (asked once, again when the version changes) and switch the second step; and what an
 * administrator does about a general user's second step.
 */
@Stateless
public class PortalAccount {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  @EJB private MailOutbox mail;

  @Inject
  @ConfigProperty(name = "selfcare.portal.terms-version", defaultValue = "2026-04")
  private String termsVersion;

  /** The terms version users must have agreed to. */
  public String currentTermsVersion() {
    return termsVersion;
  }

  /** Whether the user of a completed login still has to agree to the current terms. */
  public boolean termsPending(long userId) {
    return !em.find(PortalUser.class, userId).agreedTo(termsVersion);
  }

  /** 同意します: records the caller's consent to the current terms with the time. */
  public void agreeToTerms() {
    PortalUser me = mine();
    me.agree(termsVersion, clock.instant());
    audit.record(
        PortalLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.TERMS_ACCEPTED,
        termsVersion);
  }

  /** The caller's current second step. */
  public SecondStep mySecondStep() {
    return mine().secondStep();
  }

  /** The caller switches their own second step. */
  public void switchMySecondStep(SecondStep method) {
    PortalUser me = mine();
    me.switchSecondStep(method);
    mail.enqueue(PortalMails.secondStepChanged(me, method, me.loginId(), clock.instant()));
    audit.record(
        PortalLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.SECOND_STEP_CHANGED,
        method.name());
  }

  /** An administrator switches a general user's second step (same customer only). */
  public void switchSecondStepOf(long userId, SecondStep method) {
    PortalSignIn admin = caller.requirePortal();
    PortalUser user = em.find(PortalUser.class, userId);
    if (!admin.administrator()
        || user == null
        || user.customerId() != admin.customerId()
        || user.role() != PortalRole.GENERAL) {
      throw new NotAllowedException("administrators switch the second step of their general users");
    }
    user.switchSecondStep(method);
    mail.enqueue(PortalMails.secondStepChanged(user, method, admin.loginId(), clock.instant()));
    audit.record(
        PortalLogin.APPLICATION,
        admin.customerId(),
        admin.loginId(),
        AuditEvent.SECOND_STEP_CHANGED,
        user.loginId() + " → " + method.name());
  }

  private PortalUser mine() {
    return em.find(PortalUser.class, caller.requirePortal().userId());
  }
}
