package jp.selfcare.identity.settings;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.OneTimeCode;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Violation;

/**
 * The caller's own account on the Web Settings Site (アカウント情報): パスワード変更, which ends every other
 * session of the account, and 2段階認証設定変更, the registered address replaced once a code mailed to the
 * new one comes back. A login without an account of its own (a Business Mobile contract) has
 * neither.
 */
@Stateless
public class MyAccount {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @EJB private AuditLog audit;

  @Inject private SettingsCodes codes;

  @Inject private SettingsMails mails;

  /**
   * パスワード変更 of the caller's own account: every other session of the account ends.
   *
   * @return the account's new sign-in version, which the caller's own session takes on
   * @throws InvalidAccountException when the current password is wrong or the new one breaks a rule
   */
  public long changeMyPassword(String current, String password, String confirmation) {
    SettingsSignIn me = scope.require(SettingsFunction.PASSWORD_CHANGE);
    SettingsAccount account = mine(me);
    Set<AccountProblem> problems = EnumSet.noneOf(AccountProblem.class);
    if (current == null || !account.passwordMatches(current)) {
      problems.add(AccountProblem.CURRENT_PASSWORD_WRONG);
    }
    Set<Violation> violations = EnumSet.noneOf(Violation.class);
    violations.addAll(CredentialRules.settingsSitePassword(password));
    if (password != null && !password.equals(confirmation)) {
      violations.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
    }
    if (!problems.isEmpty() || !violations.isEmpty()) {
      throw new InvalidAccountException(problems, violations);
    }
    account.changePassword(PasswordHasher.DEFAULT.hash(password));
    audit.record(
        SettingsLogin.APPLICATION,
        me.customerId(),
        me.loginId(),
        AuditEvent.PASSWORD_CHANGED,
        null);
    return account.signInVersion();
  }

  /** The caller's own two-step state and registered address, for the account screen. */
  public Optional<String> myTwoStepAddress() {
    SettingsSignIn me = scope.require(SettingsFunction.PASSWORD_CHANGE);
    return mine(me).otpAddress();
  }

  /** The outcome of a step of 2段階認証設定変更. */
  public enum AddressChange {
    CODE_SENT,
    INVALID_ADDRESS,
    CHANGED,
    WRONG_CODE,
    START_AGAIN
  }

  /** 2段階認証設定変更, step 1: a code goes to the new address. */
  public AddressChange beginAddressChange(String address) {
    SettingsSignIn me = scope.require(SettingsFunction.PASSWORD_CHANGE);
    String typed = address == null ? "" : address.strip();
    if (!MailAddresses.valid(typed)) {
      return AddressChange.INVALID_ADDRESS;
    }
    SettingsAccount account = mine(me);
    account.proposeAddress(typed);
    codes.send(account, typed, clock.instant());
    return AddressChange.CODE_SENT;
  }

  /** 2段階認証設定変更, step 2: the code from the new address makes it the registered one. */
  public AddressChange confirmAddressChange(String code) {
    SettingsSignIn me = scope.require(SettingsFunction.PASSWORD_CHANGE);
    SettingsAccount account = mine(me);
    if (account.pendingAddress().isEmpty() || account.code().isEmpty()) {
      return AddressChange.START_AGAIN;
    }
    OneTimeCode.Result entry = account.code().get().enter(code, clock.instant());
    account.sendCode(entry.after());
    return switch (entry.check()) {
      case ACCEPTED -> {
        String address = account.pendingAddress().get();
        Optional<String> previous = account.otpAddress();
        account.confirmPendingAddress();
        previous
            .filter(old -> !old.equalsIgnoreCase(address))
            .ifPresent(old -> mails.addressChanged(account, old, address, clock.instant()));
        audit.record(
            SettingsLogin.APPLICATION,
            me.customerId(),
            me.loginId(),
            AuditEvent.TWO_STEP_ADDRESS_CHANGED,
            address);
        yield AddressChange.CHANGED;
      }
      case WRONG -> AddressChange.WRONG_CODE;
      case TOO_MANY_WRONG, EXPIRED, ALREADY_USED -> {
        account.proposeAddress(null);
        yield AddressChange.START_AGAIN;
      }
    };
  }

  private SettingsAccount mine(SettingsSignIn me) {
    if (me.accountId() == null) {
      throw new NotAllowedException("this login has no settings account of its own");
    }
    return em.find(SettingsAccount.class, me.accountId());
  }
}
