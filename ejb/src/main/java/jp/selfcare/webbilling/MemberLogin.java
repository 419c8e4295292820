package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.LockoutPolicy;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;

/**
 * Web Billing's login (60-web-billing.md): login ID (case-sensitive) and password, then — when the
 * member turned 秘密の質問による認証 on — its secret question, answered exactly. Wrong passwords and wrong
 * answers count alike towards {@link LockoutPolicy#WEB_BILLING}; a locked member is refused as
 * locked without the password being checked. A member still registering has no password, so it is
 * refused like a wrong one; a cancelled member is told so, but only after its right password (the
 * state of a login ID is nobody else's business). Every outcome is audited.
 */
@Stateless
@PermitAll
public class MemberLogin {

  /** Verified against when the login ID is unknown, so both answers take as long. */
  private static final String DUMMY_HASH = PasswordHasher.DEFAULT.hash("not a member");

  /** What a login step leads to. */
  public enum Outcome {
    /** Logged in. */
    SIGNED_IN,
    /** The password was right; the secret question is asked next. */
    QUESTION_ASKED,
    /** Unknown login ID or wrong password (deliberately not told apart). */
    REJECTED,
    /** A wrong answer; try again. */
    WRONG_ANSWER,
    /** The member is locked (whether the password was right is not told). */
    LOCKED,
    /** The member cancelled Web Billing. */
    CANCELLED,
    /** The question step timed out or was never opened: start again. */
    START_AGAIN,
    /** Too many logins at once: refused before anything was checked or counted; try again. */
    BUSY
  }

  /**
   * A step's result: the outcome, the ticket for the question step while it is open, the question
   * to ask, and the completed login on {@link Outcome#SIGNED_IN}.
   */
  public record Result(
      Outcome outcome, String ticket, SecretQuestion question, BillingSignIn signIn) {

    static Result of(Outcome outcome) {
      return new Result(outcome, null, null, null);
    }
  }

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @EJB private AuditLog audit;

  @Inject private Members members;

  /** The password step; see {@link Outcome}. */
  public Result checkPassword(String loginId, String password) {
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      return checkAdmitted(loginId == null ? "" : loginId.strip(), password);
    } catch (PasswordHasher.BusyException e) {
      return Result.of(Outcome.BUSY);
    }
  }

  private Result checkAdmitted(String loginId, String password) {
    Instant now = clock.instant();
    Optional<BillingMember> found =
        em.createQuery("select m from BillingMember m where m.loginId = :id", BillingMember.class)
            .setParameter("id", loginId)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      PasswordHasher.verify(password == null ? "" : password, DUMMY_HASH);
      audit.record(
          MemberRegistration.APPLICATION,
          null,
          loginId,
          AuditEvent.LOGIN_FAILED,
          "unknown login ID");
      return Result.of(Outcome.REJECTED);
    }
    BillingMember member = found.get();
    if (member.attempts().lockedAt(now)) {
      audit(member, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return Result.of(Outcome.LOCKED);
    }
    if (!member.passwordMatches(password)) {
      String why =
          member.state() == MemberState.REGISTERING ? "not registered yet" : "wrong password";
      return Result.of(fail(member, now, why) ? Outcome.LOCKED : Outcome.REJECTED);
    }
    if (member.state() == MemberState.CANCELLED) {
      audit(member, AuditEvent.LOGIN_FAILED, "cancelled member");
      return Result.of(Outcome.CANCELLED);
    }
    audit(member, AuditEvent.LOGIN_PASSWORD_ACCEPTED, null);
    if (!member.secretAuth()) {
      return signedIn(member, now, "password");
    }
    String ticket = OneTimeSecrets.newToken();
    member.openTicket(OneTimeSecrets.tokenHash(ticket), now.plus(validity.billingQuestion()));
    return new Result(Outcome.QUESTION_ASKED, ticket, member.secretQuestion(), null);
  }

  /** The secret question's answer, which must be the registered one exactly. */
  public Result answer(String ticket, String answer) {
    Instant now = clock.instant();
    Optional<BillingMember> holder = holder(ticket, now);
    if (holder.isEmpty()) {
      return Result.of(Outcome.START_AGAIN);
    }
    BillingMember member = holder.get();
    if (member.attempts().lockedAt(now)) {
      member.closeTicket();
      audit(member, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return Result.of(Outcome.LOCKED);
    }
    boolean right;
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      right = member.answerMatches(answer);
    } catch (PasswordHasher.BusyException e) {
      return new Result(Outcome.BUSY, ticket, member.secretQuestion(), null);
    }
    if (!right) {
      if (fail(member, now, "wrong secret answer")) {
        member.closeTicket();
        return Result.of(Outcome.LOCKED);
      }
      return new Result(Outcome.WRONG_ANSWER, ticket, member.secretQuestion(), null);
    }
    member.closeTicket();
    return signedIn(member, now, "secret question");
  }

  private Result signedIn(BillingMember member, Instant now, String how) {
    member.recordAttempts(member.attempts().succeeded());
    member.loggedIn(now);
    audit(member, AuditEvent.LOGIN_SUCCEEDED, how);
    return new Result(
        Outcome.SIGNED_IN,
        null,
        null,
        new BillingSignIn(
            member.id(),
            member.customerId(),
            member.loginId(),
            member.name(),
            member.previousLoginAt().orElse(null),
            member.signInVersion()));
  }

  private boolean fail(BillingMember member, Instant now, String why) {
    return members.fail(member, now, why);
  }

  private Optional<BillingMember> holder(String ticket, Instant now) {
    if (ticket == null || ticket.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select m from BillingMember m where m.ticketHash = :t", BillingMember.class)
        .setParameter("t", OneTimeSecrets.tokenHash(ticket))
        .getResultStream()
        .findFirst()
        .filter(m -> m.ticketOpen(now));
  }

  private void audit(BillingMember member, AuditEvent event, String detail) {
    audit.record(
        MemberRegistration.APPLICATION, member.customerId(), member.loginId(), event, detail);
  }
}
