package jp.selfcare.identity.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.LoginAttempts;
import jp.selfcare.identity.OneTimeCode;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Totp;
import jp.selfcare.identity.Validity;
import jp.selfcare.mail.MailOutbox;

/**
 * The Business Portal's two-step login, enforced here rather than in pages.
 *
 * <p>Step one checks login ID and password under the portal lockout rule (5 failures → 30 minutes;
 * after that lock lifts, 1 failure → 15 minutes; success resets). A locked account is refused as
 * locked without checking the password, so the answer never tells whether it was right. A right
 * password opens the second step and returns a ticket: only its holder may enter the TOTP or mailed
 * code (10 minutes, 5 wrong entries void it, "send again" issues a new one). Wrong codes count as
 * login failures too. Every outcome is audited.
 */
@Stateless
public class PortalLogin {
  /** The application name the audit log records for portal events. */
  public static final String APPLICATION = "portal";

  /** The issuer authenticator apps show beside the account. */
  static final String TOTP_ISSUER = "Business Portal";

  /** Verified against when the login ID is unknown, so both cases take the same time. */
  private static final String DUMMY_HASH = PasswordHasher.DEFAULT.hash("no such user");

  /** The outcome of the first step. */
  public enum FirstStep {
    /** Password right: go on to the TOTP code. */
    TOTP_REQUIRED,
    /** Password right, TOTP chosen but not set up: show the QR code, then a current code. */
    TOTP_ENROLMENT_REQUIRED,
    /** Password right: a code was mailed; go on to enter it. */
    MAIL_CODE_REQUIRED,
    /** The account is locked (now, or by this very failure). */
    LOCKED,
    /** Unknown login ID or wrong password (deliberately not told apart). */
    REJECTED,
    /** Too many logins at once: refused before anything was checked or counted; try again. */
    BUSY
  }

  /** The first step's outcome and, when it passed, the ticket for the second step. */
  public record FirstStepResult(FirstStep outcome, String ticket) {}

  /** The outcome of the second step. */
  public enum SecondStepOutcome {
    /** Logged in. */
    SUCCEEDED,
    /** Wrong code; try again. */
    WRONG_CODE,
    /** The mailed code expired: send a new one. */
    CODE_EXPIRED,
    /** Five wrong entries voided the mailed code: send a new one. */
    CODE_VOID,
    /** The mailed code of a TOTP set-up was right: now the QR code and the app's code. */
    ENROLMENT_READY,
    /** The account is locked. */
    LOCKED,
    /** No open second step for this ticket (expired, used or never issued): start again. */
    START_AGAIN
  }

  /** The second step's outcome and, on success, the user's id. */
  public record SecondStepResult(SecondStepOutcome outcome, Long userId) {}

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @EJB private AuditLog audit;

  @EJB private MailOutbox mail;

  /**
   * Checks login ID and password; see {@link FirstStep}. It waits for its turn before reading
   * anything ({@link PasswordHasher#admit}); when too many logins wait already, it is {@link
   * FirstStep#BUSY}.
   */
  public FirstStepResult checkPassword(String loginId, String password) {
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      return checkAdmitted(loginId, password);
    } catch (PasswordHasher.BusyException e) {
      return new FirstStepResult(FirstStep.BUSY, null);
    }
  }

  private FirstStepResult checkAdmitted(String loginId, String password) {
    Instant now = clock.instant();
    String id = PortalUser.normalise(loginId);
    List<PortalUser> found =
        em.createQuery("select u from PortalUser u where u.loginId = :id", PortalUser.class)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      PasswordHasher.verify(password, DUMMY_HASH);
      audit.record(APPLICATION, null, id, AuditEvent.LOGIN_FAILED, "unknown login ID");
      return new FirstStepResult(FirstStep.REJECTED, null);
    }
    PortalUser user = found.get(0);
    if (user.attempts().lockedAt(now)) {
      audit.record(APPLICATION, user.customerId(), id, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return new FirstStepResult(FirstStep.LOCKED, null);
    }
    if (!user.passwordMatches(password)) {
      return new FirstStepResult(
          fail(user, now, "wrong password") ? FirstStep.LOCKED : FirstStep.REJECTED, null);
    }
    audit.record(APPLICATION, user.customerId(), id, AuditEvent.LOGIN_PASSWORD_ACCEPTED, null);
    String ticket = OneTimeSecrets.newToken();
    user.openSecondStep(OneTimeSecrets.tokenHash(ticket), now.plus(validity.portalSecondStep()));
    if (user.secondStep() == SecondStep.TOTP) {
      if (user.totpSecret().isEmpty()) {
        // A new authenticator is registered only after the mailed code proves the mailbox: a
        // password alone must not be enough to bind someone else's app to the account.
        user.abandonTotpEnrolment();
        mailNewCode(user, now);
        return new FirstStepResult(FirstStep.TOTP_ENROLMENT_REQUIRED, ticket);
      }
      return new FirstStepResult(FirstStep.TOTP_REQUIRED, ticket);
    }
    mailNewCode(user, now);
    return new FirstStepResult(FirstStep.MAIL_CODE_REQUIRED, ticket);
  }

  /** The pending TOTP set-up of an open second step: what the QR code shows. */
  public record TotpEnrolment(String secret, String otpauthUri) {}

  /** The QR code contents for the holder of the ticket, while set-up is pending. */
  public Optional<TotpEnrolment> totpEnrolment(String ticket) {
    return holder(ticket, clock.instant())
        .flatMap(
            user ->
                user.pendingTotpSecret()
                    .map(
                        secret ->
                            new TotpEnrolment(
                                secret,
                                Totp.of(secret)
                                    .enrolmentUri(TOTP_ISSUER, user.loginId())
                                    .toString())));
  }

  /**
   * ワンタイムパスワードを再送: a new mailed code replaces the previous one and keeps the attempt's wrong
   * entries; at most {@link OneTimeCode#MAX_SENDS} codes per attempt, then (or while locked) the
   * attempt ends and the user starts over.
   */
  public boolean resendMailCode(String ticket) {
    Instant now = clock.instant();
    Optional<PortalUser> user = holder(ticket, now);
    if (user.isEmpty()
        || !(user.get().secondStep() == SecondStep.MAIL_OTP || awaitsMailboxProof(user.get()))) {
      return false;
    }
    if (user.get().attempts().lockedAt(now)
        || !user.get().code().map(OneTimeCode::mayResend).orElse(true)) {
      user.get().closeSecondStep();
      audit.record(
          APPLICATION,
          user.get().customerId(),
          user.get().loginId(),
          AuditEvent.CODE_INVALIDATED,
          "send again refused: " + OneTimeCode.MAX_SENDS + " codes sent or account locked");
      return false;
    }
    String code = OneTimeSecrets.newCode();
    user.get()
        .sendCode(
            user.get()
                .code()
                .map(c -> c.resent(code, now, validity.portalMailCode()))
                .orElseGet(() -> OneTimeCode.issue(code, now, validity.portalMailCode())));
    mail.enqueue(
        PortalMails.oneTimePassword(user.get(), code, now.plus(validity.portalMailCode())));
    return true;
  }

  /** Checks the TOTP or mailed code of an open second step. */
  public SecondStepResult enterCode(String ticket, String code) {
    Instant now = clock.instant();
    Optional<PortalUser> holder = holder(ticket, now);
    if (holder.isEmpty()) {
      return new SecondStepResult(SecondStepOutcome.START_AGAIN, null);
    }
    PortalUser user = holder.get();
    if (user.attempts().lockedAt(now)) {
      audit(user, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return new SecondStepResult(SecondStepOutcome.LOCKED, null);
    }
    SecondStepOutcome outcome =
        user.secondStep() != SecondStep.TOTP
            ? checkMailCode(user, code, now)
            : awaitsMailboxProof(user) ? proveMailbox(user, code, now) : checkTotp(user, code, now);
    if (outcome == SecondStepOutcome.ENROLMENT_READY) {
      return new SecondStepResult(outcome, null);
    }
    if (outcome == SecondStepOutcome.SUCCEEDED) {
      user.recordAttempts(user.attempts().succeeded());
      user.closeSecondStep();
      audit(user, AuditEvent.LOGIN_SUCCEEDED, user.secondStep().name());
      return new SecondStepResult(outcome, user.id());
    }
    if (outcome == SecondStepOutcome.WRONG_CODE || outcome == SecondStepOutcome.CODE_VOID) {
      if (fail(user, now, "wrong one-time code")) {
        user.closeSecondStep();
        return new SecondStepResult(SecondStepOutcome.LOCKED, null);
      }
    }
    return new SecondStepResult(outcome, null);
  }

  /**
   * The session record of a user whose second step just succeeded (the id comes from {@link
   * #enterCode}, never from a page).
   */
  public PortalSignIn signInOf(long userId) {
    PortalUser user = em.find(PortalUser.class, userId);
    String customerNumber =
        em.createQuery("select c.number.value from Customer c where c.id = :id", String.class)
            .setParameter("id", user.customerId())
            .getSingleResult();
    return new PortalSignIn(
        user.id(),
        user.customerId(),
        customerNumber,
        user.loginId(),
        user.name(),
        user.role(),
        user.mailLanguage(),
        user.signInVersion());
  }

  /** A TOTP user without an authenticator whose mailed code has not been entered yet. */
  private static boolean awaitsMailboxProof(PortalUser user) {
    return user.totpSecret().isEmpty() && user.pendingTotpSecret().isEmpty();
  }

  /** The mailed code of a TOTP enrolment: when right, the QR code of a new secret is shown. */
  private SecondStepOutcome proveMailbox(PortalUser user, String code, Instant now) {
    SecondStepOutcome outcome = checkMailCode(user, code, now);
    if (outcome != SecondStepOutcome.SUCCEEDED) {
      return outcome;
    }
    user.beginTotpEnrolment(Totp.newSecret());
    return SecondStepOutcome.ENROLMENT_READY;
  }

  private SecondStepOutcome checkTotp(PortalUser user, String code, Instant now) {
    String secret = user.totpSecret().orElse(null);
    if (secret == null) {
      return confirmTotpEnrolment(user, code, now);
    }
    OptionalLong step = Totp.of(secret).accept(code, now, user.totpLastStep());
    if (step.isEmpty()) {
      return SecondStepOutcome.WRONG_CODE;
    }
    user.acceptTotpStep(step.getAsLong());
    return SecondStepOutcome.SUCCEEDED;
  }

  private SecondStepOutcome confirmTotpEnrolment(PortalUser user, String code, Instant now) {
    Optional<String> pending = user.pendingTotpSecret();
    if (pending.isEmpty()) {
      return SecondStepOutcome.START_AGAIN;
    }
    OptionalLong step = Totp.of(pending.get()).accept(code, now, 0);
    if (step.isEmpty()) {
      return SecondStepOutcome.WRONG_CODE;
    }
    user.completeTotpEnrolment(step.getAsLong());
    audit(user, AuditEvent.SECOND_STEP_CHANGED, "TOTP set up");
    return SecondStepOutcome.SUCCEEDED;
  }

  private SecondStepOutcome checkMailCode(PortalUser user, String code, Instant now) {
    Optional<OneTimeCode> sent = user.code();
    if (sent.isEmpty()) {
      return SecondStepOutcome.CODE_EXPIRED;
    }
    OneTimeCode.Result result = sent.get().enter(code, now);
    user.sendCode(result.after());
    return switch (result.check()) {
      case ACCEPTED -> SecondStepOutcome.SUCCEEDED;
      case WRONG -> SecondStepOutcome.WRONG_CODE;
      case TOO_MANY_WRONG -> SecondStepOutcome.CODE_VOID;
      case EXPIRED, ALREADY_USED -> SecondStepOutcome.CODE_EXPIRED;
    };
  }

  /** Records a failure; true when it locked the account. */
  private boolean fail(PortalUser user, Instant now, String why) {
    LoginAttempts next = user.attempts().failed(now, LockoutPolicy.PORTAL);
    user.recordAttempts(next);
    audit(user, AuditEvent.LOGIN_FAILED, why);
    if (next.lockedAt(now)) {
      audit(user, AuditEvent.ACCOUNT_LOCKED, "until " + next.lockedUntil());
      return true;
    }
    return false;
  }

  private void mailNewCode(PortalUser user, Instant now) {
    String code = OneTimeSecrets.newCode();
    Instant expiresAt = now.plus(validity.portalMailCode());
    user.sendCode(OneTimeCode.issue(code, now, validity.portalMailCode()));
    mail.enqueue(PortalMails.oneTimePassword(user, code, expiresAt));
  }

  private Optional<PortalUser> holder(String ticket, Instant now) {
    if (ticket == null || ticket.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select u from PortalUser u where u.ticketHash = :t", PortalUser.class)
        .setParameter("t", OneTimeSecrets.tokenHash(ticket))
        .getResultStream()
        .findFirst()
        .filter(u -> u.ticketOpen(now));
  }

  /** An audit entry of this application about the login of {@code user}. */
  private void audit(PortalUser user, AuditEvent event, String detail) {
    audit.record(APPLICATION, user.customerId(), user.loginId(), event, detail);
  }
}
