package jp.selfcare.identity.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsRole;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Violation;
import jp.selfcare.identity.settings.SettingsAccount.Kind;
import jp.selfcare.numbers.TelephoneNumber;
import jp.selfcare.organisation.InvalidIdentifierException;
import jp.selfcare.organisation.SiteId;

/**
 * アカウント管理 of the Web Settings Site: registration of site administrators and number users with the
 * issued login ID and password shown once, the accounts in the caller's scope, deletion, unlock and
 * password reset ({@link MyAccount} is the caller's own password and address). Every method checks
 * the function against the caller's role and the target against its scope.
 */
@Stateless
public class SettingsAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Generated passwords avoid characters people confuse (0/O, 1/l/I). */
  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final String DIGITS = "23456789";
  private static final int GENERATED_LENGTH = 12;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @EJB private AuditLog audit;

  /** What the confirmation page shows once: the issued login ID and password. */
  public record IssuedAccount(String loginId, String password) implements Serializable {}

  /** Two-step authentication of an account as the list shows it. */
  public enum TwoStepState {
    NOT_USED,
    NOT_SET_UP,
    SET_UP
  }

  /** An account as the list shows it. */
  public record AccountSummary(
      long id,
      String loginId,
      Kind kind,
      String target,
      TwoStepState twoStep,
      boolean locked,
      Instant createdAt)
      implements Serializable {}

  /**
   * アカウント登録.
   *
   * @throws InvalidAccountException with every problem when refused; nothing is stored then
   * @throws NotAllowedException when the caller may not register accounts
   */
  public IssuedAccount register(NewSettingsAccount form) {
    SettingsSignIn me = scope.require(SettingsFunction.ACCOUNT_MANAGEMENT);
    Set<AccountProblem> problems = EnumSet.noneOf(AccountProblem.class);
    Set<Violation> violations = EnumSet.noneOf(Violation.class);
    Optional<Placement> target = Optional.empty();
    if (form.kind() == null || form.kind() == Kind.BUSINESS_MOBILE) {
      problems.add(AccountProblem.KIND_REQUIRED);
    } else if (form.kind() == Kind.SITE_ADMIN) {
      target = site(form.siteId()).filter(p -> p.coveredBy(me));
      if (target.isEmpty()) {
        problems.add(AccountProblem.SITE_NOT_IN_SCOPE);
      }
    } else {
      target = number(form.telephoneNumber()).filter(p -> p.coveredBy(me));
      if (target.isEmpty()) {
        problems.add(AccountProblem.NUMBER_NOT_IN_SCOPE);
      } else if (numberHasAccount(target.get().ipNumberId())) {
        problems.add(AccountProblem.NUMBER_HAS_ACCOUNT);
      }
    }
    String password = form.generatedPassword() ? generatedPassword() : form.password();
    if (!form.generatedPassword()) {
      violations.addAll(CredentialRules.settingsSitePassword(password));
      if (!password.equals(form.confirmation())) {
        violations.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
      }
    }
    if (!problems.isEmpty() || !violations.isEmpty()) {
      throw new InvalidAccountException(problems, violations);
    }
    Placement p = target.orElseThrow();
    SettingsAccount account =
        new SettingsAccount(
            p.customerId(),
            newLoginId(),
            form.kind(),
            new SettingsAccount.Scope(
                p.voiceGroupId(),
                p.siteId(),
                form.kind() == Kind.NUMBER_USER ? p.ipNumberId() : null,
                null),
            PasswordHasher.DEFAULT.hash(password),
            form.twoStep(),
            clock.instant(),
            me.loginId());
    em.persist(account);
    audit.record(
        SettingsLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.ACCOUNT_ADDED,
        account.loginId() + " " + form.kind());
    return new IssuedAccount(account.loginId(), password);
  }

  /** The accounts in the caller's scope, by login ID (a site administrator: its own site's). */
  public List<AccountSummary> inScope() {
    SettingsSignIn me = scope.require(SettingsFunction.ACCOUNT_MANAGEMENT);
    String where =
        me.role() == SettingsRole.VOICE_GROUP_ADMIN
            ? "a.voiceGroupId = :scope"
            : "a.siteId = :scope";
    Instant now = clock.instant();
    return em.createQuery(
            "select a, s.siteId.value, n.number.digits from SettingsAccount a"
                + " left join Site s on s.id = a.siteId"
                + " left join IpNumber n on n.id = a.ipNumberId"
                + " where a.customerId = :customer and "
                + where
                + " order by a.loginId",
            Object[].class)
        .setParameter("customer", me.customerId())
        .setParameter(
            "scope", me.role() == SettingsRole.VOICE_GROUP_ADMIN ? me.voiceGroupId() : me.siteId())
        .getResultStream()
        .map(
            r -> {
              SettingsAccount a = (SettingsAccount) r[0];
              String target = a.kind() == Kind.NUMBER_USER ? (String) r[2] : (String) r[1];
              return new AccountSummary(
                  a.id(),
                  a.loginId(),
                  a.kind(),
                  target,
                  !a.twoStep()
                      ? TwoStepState.NOT_USED
                      : a.otpAddress().isPresent() ? TwoStepState.SET_UP : TwoStepState.NOT_SET_UP,
                  a.attempts().lockedAt(now),
                  a.createdAt());
            })
        .toList();
  }

  /** アカウント削除 (in scope; not one's own account). */
  public void delete(long accountId) {
    SettingsSignIn me = scope.require(SettingsFunction.ACCOUNT_MANAGEMENT);
    SettingsAccount account = inScope(me, accountId);
    if (account.id().equals(me.accountId())) {
      throw new NotAllowedException("accounts do not delete themselves");
    }
    em.remove(account);
    audit.record(
        SettingsLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.ACCOUNT_DELETED,
        account.loginId());
  }

  /** ロック解除 (in scope). */
  public void unlock(long accountId) {
    SettingsSignIn me = scope.require(SettingsFunction.ACCOUNT_MANAGEMENT);
    SettingsAccount account = inScope(me, accountId);
    account.unlock();
    audit.record(
        SettingsLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.ACCOUNT_UNLOCKED,
        account.loginId() + " by " + me.loginId());
  }

  /**
   * パスワード変更 by an administrator for an account in scope (the seed's permission table: パスワード 変更 per
   * account), for a user who lost the issued password: a new generated password, shown once; every
   * session of the account ends; audited. Not for one's own account (that is パスワード 変更 with the
   * current password).
   */
  public IssuedAccount resetPassword(long accountId) {
    SettingsSignIn me = scope.require(SettingsFunction.ACCOUNT_MANAGEMENT);
    SettingsAccount account = inScope(me, accountId);
    if (account.id().equals(me.accountId())) {
      throw new NotAllowedException("an account changes its own password with the current one");
    }
    String password = generatedPassword();
    account.changePassword(PasswordHasher.DEFAULT.hash(password));
    audit.record(
        SettingsLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.PASSWORD_RESET_BY_ADMINISTRATOR,
        account.loginId() + " by " + me.loginId());
    return new IssuedAccount(account.loginId(), password);
  }

  private SettingsAccount inScope(SettingsSignIn me, long accountId) {
    SettingsAccount account = em.find(SettingsAccount.class, accountId);
    if (account == null
        || account.kind() == Kind.BUSINESS_MOBILE
        || !new Placement(
                account.customerId(),
                account.voiceGroupId(),
                account.siteId(),
                account.ipNumberId())
            .coveredBy(me)) {
      throw new NotAllowedException("the account is outside the caller's scope");
    }
    return account;
  }

  private Optional<Placement> site(String siteId) {
    try {
      SiteId id = new SiteId(siteId == null ? "" : siteId.strip());
      return em.createQuery("select s.id from Site s where s.siteId = :id", Long.class)
          .setParameter("id", id)
          .getResultStream()
          .findFirst()
          .flatMap(scope::ofSite);
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  private Optional<Placement> number(String telephoneNumber) {
    try {
      TelephoneNumber number =
          TelephoneNumber.parse(telephoneNumber == null ? "" : telephoneNumber.strip());
      return em.createQuery("select n.id from IpNumber n where n.number = :n", Long.class)
          .setParameter("n", number)
          .getResultStream()
          .findFirst()
          .flatMap(scope::ofNumber);
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  private boolean numberHasAccount(long ipNumberId) {
    return em.createQuery(
                "select count(a) from SettingsAccount a where a.ipNumberId = :n", Long.class)
            .setParameter("n", ipNumberId)
            .getSingleResult()
        > 0;
  }

  /**
   * "W" and 9 digits, unused so far (Business Mobile contract IDs have 2 letters, so never clash).
   */
  private String newLoginId() {
    while (true) {
      String candidate = String.format("W%09d", RANDOM.nextInt(1_000_000_000));
      Long taken =
          em.createQuery("select count(a) from SettingsAccount a where a.loginId = :id", Long.class)
              .setParameter("id", candidate)
              .getSingleResult();
      if (taken == 0) {
        return candidate;
      }
    }
  }

  /** 自動払出: 12 characters with letters and digits, as the §2 rule asks. */
  static String generatedPassword() {
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    password.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
    password.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    String all = LETTERS + DIGITS;
    while (password.length() < GENERATED_LENGTH) {
      password.insert(
          RANDOM.nextInt(password.length() + 1), all.charAt(RANDOM.nextInt(all.length())));
    }
    return password.toString();
  }
}
