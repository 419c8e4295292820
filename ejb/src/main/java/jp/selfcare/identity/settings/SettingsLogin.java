package jp.selfcare.identity.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.LoginAttempts;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.OneTimeCode;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;

/**
 * The Web Settings Site's own login (site administrators, number users, Business Mobile contract
 * IDs), enforced here rather than in pages.
 *
 * <p>The password step runs under the account's lockout rule (3 wrong passwords → 15 minutes; a
 * Business Mobile contract ID: 4 → 15 minutes). A locked account is refused as locked without
 * checking the password. A right password either logs in (no two-step authentication), or opens the
 * following steps with a ticket: the set-up offer (register an address, or skip this time — offered
 * at every login until set up), or the mailed 6-digit code (30 minutes; 5 wrong entries void it and
 * the user starts again). 2段階認証解除 removes the address when the registered address, the customer
 * number and the contractor name all match; a mismatch counts as a login failure. Every outcome is
 * audited.
 */
@Stateless
public class SettingsLogin {

  /** The application name the audit log records. */
  public static final String APPLICATION = "settings";

  /** Verified against when the login ID is unknown, so both answers take as long. */
  private static final String DUMMY_HASH = PasswordHasher.DEFAULT.hash("not a real password");

  /** What the password step leads to. */
  public enum Outcome {
    /** Logged in (the account has no two-step authentication). */
    SIGNED_IN,
    /** Two-step authentication is chosen but not set up: offer to register an address. */
    SET_UP_OFFERED,
    /** A code was mailed to the registered (or just proposed) address. */
    CODE_SENT,
    /** Unknown login ID or wrong password (deliberately not told apart). */
    REJECTED,
    /** The account is locked (whether the password was right is not told). */
    LOCKED,
    /** A wrong code; try again. */
    WRONG_CODE,
    /** The code expired, was voided by 5 wrong entries, or the steps timed out: start again. */
    START_AGAIN,
    /** The typed address is not a mail address. */
    INVALID_ADDRESS,
    /** 2段階認証解除: the three details did not match. */
    RELEASE_REFUSED,
    /** Too many logins at once: refused before anything was checked or counted; try again. */
    BUSY
  }

  /**
   * A step's result: the outcome, the ticket for the next step while one is open, and the completed
   * login on {@link Outcome#SIGNED_IN}.
   */
  public record Result(Outcome outcome, String ticket, SettingsSignIn signIn) {

    static Result of(Outcome outcome) {
      return new Result(outcome, null, null);
    }
  }

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private AuditLog audit;

  @Inject private SettingsCodes codes;

  @Inject private SettingsMails mails;

  @Inject private Validity validity;

  /**
   * The password step; see {@link Outcome}. It waits for its turn before reading anything ({@link
   * PasswordHasher#admit}); when too many logins wait already, it is {@link Outcome#BUSY}.
   */
  public Result checkPassword(String loginId, String password) {
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      return checkAdmitted(loginId, password);
    } catch (PasswordHasher.BusyException e) {
      return Result.of(Outcome.BUSY);
    }
  }

  private Result checkAdmitted(String loginId, String password) {
    Instant now = clock.instant();
    String id = loginId == null ? "" : loginId.strip();
    Optional<SettingsAccount> found = byLoginId(id);
    if (found.isEmpty()) {
      PasswordHasher.verify(password == null ? "" : password, DUMMY_HASH);
      audit.record(APPLICATION, null, id, AuditEvent.LOGIN_FAILED, "unknown login ID");
      return Result.of(Outcome.REJECTED);
    }
    SettingsAccount account = found.get();
    if (account.attempts().lockedAt(now)) {
      audit.record(APPLICATION, account.customerId(), id, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return Result.of(Outcome.LOCKED);
    }
    if (password == null || !account.passwordMatches(password)) {
      return Result.of(fail(account, now, "wrong password") ? Outcome.LOCKED : Outcome.REJECTED);
    }
    // The failure count is reset only when the login completes: a right password does not wipe
    // the wrong one-time codes of earlier attempts.
    audit.record(APPLICATION, account.customerId(), id, AuditEvent.LOGIN_PASSWORD_ACCEPTED, null);
    if (!account.twoStep()) {
      return signedIn(account, "password");
    }
    String ticket = OneTimeSecrets.newToken();
    account.openTicket(OneTimeSecrets.tokenHash(ticket), now.plus(validity.settingsSecondStep()));
    if (account.otpAddress().isEmpty()) {
      return new Result(Outcome.SET_UP_OFFERED, ticket, null);
    }
    mailCode(account, account.otpAddress().get(), now);
    return new Result(Outcome.CODE_SENT, ticket, null);
  }

  /** 2段階認証初期設定 → OK: the address to register; a code goes to it for confirmation. */
  public Result registerAddress(String ticket, String address) {
    Instant now = clock.instant();
    Optional<SettingsAccount> holder = holder(ticket, now);
    if (holder.isEmpty() || holder.get().otpAddress().isPresent()) {
      return Result.of(Outcome.START_AGAIN);
    }
    String typed = address == null ? "" : address.strip();
    if (!MailAddresses.valid(typed)) {
      return new Result(Outcome.INVALID_ADDRESS, ticket, null);
    }
    holder.get().proposeAddress(typed);
    mailCode(holder.get(), typed, now);
    return new Result(Outcome.CODE_SENT, ticket, null);
  }

  /** 2段階認証初期設定 → キャンセル: logged in without it, this time. */
  public Result skipSetUp(String ticket) {
    Instant now = clock.instant();
    Optional<SettingsAccount> holder = holder(ticket, now);
    if (holder.isEmpty() || holder.get().otpAddress().isPresent()) {
      return Result.of(Outcome.START_AGAIN);
    }
    audit.record(
        APPLICATION,
        holder.get().customerId(),
        holder.get().loginId(),
        AuditEvent.TWO_STEP_SKIPPED,
        null);
    return signedIn(holder.get(), "two-step set-up skipped");
  }

  /** The address the code went to, which the code page shows. */
  public Optional<String> codeAddress(String ticket) {
    return holder(ticket, clock.instant()).flatMap(a -> a.pendingAddress().or(a::otpAddress));
  }

  /**
   * "Send again": a new code (replacing the previous one) to the same address, keeping the
   * attempt's wrong entries. At most {@link OneTimeCode#MAX_SENDS} codes per attempt; then, or
   * while the account is locked, the attempt ends (false: the user starts over from the password).
   */
  public boolean resendCode(String ticket) {
    Instant now = clock.instant();
    Optional<SettingsAccount> holder = holder(ticket, now);
    Optional<String> address = holder.flatMap(a -> a.pendingAddress().or(a::otpAddress));
    if (address.isEmpty()) {
      return false;
    }
    SettingsAccount account = holder.get();
    if (account.attempts().lockedAt(now)
        || !account.code().map(OneTimeCode::mayResend).orElse(true)) {
      account.closeTicket();
      audit(
          account,
          AuditEvent.CODE_INVALIDATED,
          "send again refused: " + OneTimeCode.MAX_SENDS + " codes sent or account locked");
      return false;
    }
    codes.resend(account, address.get(), now);
    return true;
  }

  /** The mailed code; a code to a newly registered address also completes its set-up. */
  public Result enterCode(String ticket, String code) {
    Instant now = clock.instant();
    Optional<SettingsAccount> holder = holder(ticket, now);
    if (holder.isEmpty() || holder.get().code().isEmpty()) {
      return Result.of(Outcome.START_AGAIN);
    }
    SettingsAccount account = holder.get();
    if (account.attempts().lockedAt(now)) {
      account.closeTicket();
      audit(account, AuditEvent.LOGIN_REFUSED_LOCKED, null);
      return Result.of(Outcome.LOCKED);
    }
    OneTimeCode.Result entry = account.code().get().enter(code, now);
    account.sendCode(entry.after());
    switch (entry.check()) {
      case ACCEPTED -> {
        if (account.pendingAddress().isPresent()) {
          account.confirmPendingAddress();
          audit(account, AuditEvent.TWO_STEP_REGISTERED, null);
        }
        return signedIn(account, "one-time password");
      }
      case WRONG, TOO_MANY_WRONG -> {
        // A wrong code is a failed login like a wrong password: it counts towards the lockout.
        if (fail(account, now, "wrong one-time password")) {
          account.closeTicket();
          return Result.of(Outcome.LOCKED);
        }
        if (entry.check() == OneTimeCode.Check.WRONG) {
          return new Result(Outcome.WRONG_CODE, ticket, null);
        }
        account.closeTicket();
        audit(account, AuditEvent.CODE_INVALIDATED, "5 wrong entries");
        return Result.of(Outcome.START_AGAIN);
      }
      case EXPIRED, ALREADY_USED -> {
        account.closeTicket();
        return Result.of(Outcome.START_AGAIN);
      }
      default -> throw new IllegalStateException(entry.check().name());
    }
  }

  /**
   * 2段階認証解除: when the registered address, the customer number and the contractor name match, the
   * address is removed and the set-up offer follows. A mismatch counts as a login failure.
   */
  public Result release(
      String ticket, String address, String customerNumber, String contractorName) {
    Instant now = clock.instant();
    Optional<SettingsAccount> holder = holder(ticket, now);
    if (holder.isEmpty() || holder.get().otpAddress().isEmpty()) {
      return Result.of(Outcome.START_AGAIN);
    }
    SettingsAccount account = holder.get();
    Object[] customer =
        em.createQuery(
                "select c.number.value, c.contractorName from Customer c where c.id = :id",
                Object[].class)
            .setParameter("id", account.customerId())
            .getSingleResult();
    boolean matches =
        account.otpAddress().get().equalsIgnoreCase(strip(address))
            && customer[0].equals(strip(customerNumber).toUpperCase(Locale.ROOT))
            && customer[1].equals(strip(contractorName));
    if (!matches) {
      if (fail(account, now, "two-step release details did not match")) {
        account.closeTicket();
        return Result.of(Outcome.LOCKED);
      }
      return new Result(Outcome.RELEASE_REFUSED, ticket, null);
    }
    String released = account.otpAddress().get();
    account.releaseTwoStep();
    mails.twoStepReleased(account, released, now);
    audit(account, AuditEvent.TWO_STEP_RELEASED, null);
    return new Result(Outcome.SET_UP_OFFERED, ticket, null);
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private Result signedIn(SettingsAccount account, String how) {
    account.recordAttempts(account.attempts().succeeded());
    account.closeTicket();
    audit(account, AuditEvent.LOGIN_SUCCEEDED, how);
    return new Result(Outcome.SIGNED_IN, null, signInOf(account));
  }

  /** The session record of a settings account that just logged in. */
  private SettingsSignIn signInOf(SettingsAccount account) {
    String label =
        switch (account.kind()) {
          case SITE_ADMIN ->
              em.createQuery(
                      "select concat(s.siteId.value, ' ', s.name) from Site s where s.id = :id",
                      String.class)
                  .setParameter("id", account.siteId())
                  .getSingleResult();
          case NUMBER_USER ->
              em.createQuery(
                      "select n.number.digits from IpNumber n where n.id = :id", String.class)
                  .setParameter("id", account.ipNumberId())
                  .getSingleResult();
          case BUSINESS_MOBILE -> account.loginId();
        };
    return new SettingsSignIn(
        account.kind().role(),
        account.id(),
        account.customerId(),
        account.loginId(),
        account.voiceGroupId(),
        account.siteId(),
        account.ipNumberId(),
        account.contractId(),
        label,
        Locale.JAPANESE,
        null,
        account.signInVersion(),
        0);
  }

  /** Records a wrong password (or release details); true when it locked the account. */
  private boolean fail(SettingsAccount account, Instant now, String why) {
    LoginAttempts next = account.attempts().failed(now, account.kind().lockout());
    account.recordAttempts(next);
    audit(account, AuditEvent.LOGIN_FAILED, why);
    if (next.lockedAt(now)) {
      audit(account, AuditEvent.ACCOUNT_LOCKED, "until " + next.lockedUntil());
      return true;
    }
    return false;
  }

  private void mailCode(SettingsAccount account, String address, Instant now) {
    codes.send(account, address, now);
  }

  private Optional<SettingsAccount> byLoginId(String loginId) {
    return em.createQuery(
            "select a from SettingsAccount a where a.loginId = :id", SettingsAccount.class)
        .setParameter("id", loginId.toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  private Optional<SettingsAccount> holder(String ticket, Instant now) {
    if (ticket == null || ticket.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select a from SettingsAccount a where a.ticketHash = :t", SettingsAccount.class)
        .setParameter("t", OneTimeSecrets.tokenHash(ticket))
        .getResultStream()
        .findFirst()
        .filter(a -> a.ticketOpen(now));
  }

  /** An audit entry of this application about the login of {@code account}. */
  private void audit(SettingsAccount account, AuditEvent event, String detail) {
    audit.record(APPLICATION, account.customerId(), account.loginId(), event, detail);
  }
}
