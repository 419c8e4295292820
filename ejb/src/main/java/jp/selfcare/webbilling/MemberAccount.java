package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Violation;

/**
 * 基本情報 of the logged-in member (60-web-billing.md): read it, and ④ the daytime phone, ⑧ the
 * secret-question authentication, ⑨ the d-account link, ⑩ the login ID and password, ⑪ the
 * cancellation. Every method acts on the caller's own member only: there is no member id to pass. A
 * refused change names every rule broken and changes nothing.
 */
@Stateless
@PermitAll
public class MemberAccount {

  @PersistenceContext private EntityManager em;

  @Inject private Members members;

  @Inject private Clock clock;

  @Inject private MemberHistory history;

  @Inject private MemberMails mails;

  /** 基本情報 ①–⑪. */
  public MemberProfile profile() {
    BillingMember m = me();
    int lines =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM billing_member_line WHERE member_id = ?1")
                    .setParameter(1, m.id())
                    .getSingleResult())
            .intValue();
    return new MemberProfile(
        m.state(),
        m.registeredAt(),
        m.name(),
        m.holderName(),
        m.contactPhone().orElse(null),
        m.contactMail(),
        lines,
        m.secretAuth(),
        m.dAccountLinked(),
        m.loginId(),
        m.secretQuestion(),
        m.billMail(),
        m.billMailAddress().orElse(null));
  }

  /**
   * ④ 日中のご連絡先電話番号: 10 or 11 half-width digits, no hyphens (blank: none).
   *
   * @throws MemberRefused {@link MemberProblem#PHONE_INVALID}
   */
  public void changePhone(String phone) {
    String typed = phone == null ? "" : phone.strip();
    if (!typed.isEmpty() && !validPhone(typed)) {
      throw MemberRefused.of(MemberProblem.PHONE_INVALID);
    }
    BillingMember m = me();
    m.changePhone(typed.isEmpty() ? null : typed);
    audit(m, AuditEvent.USER_EDITED, "contact phone changed");
  }

  /** Whether the text is a daytime phone number the member may register. */
  public static boolean validPhone(String phone) {
    return phone.matches("0[0-9]{9,10}");
  }

  /** ⑧ 秘密の質問による認証: on, the login asks the secret question after the password. */
  public void secretAuth(boolean on) {
    BillingMember m = me();
    m.secretAuth(on);
    audit(m, AuditEvent.SECOND_STEP_CHANGED, "secret question " + (on ? "on" : "off"));
  }

  /** ⑨ dアカウント連携登録解除: the state becomes 未登録. */
  public void unlinkDAccount() {
    BillingMember m = me();
    m.unlinkDAccount();
    audit(m, AuditEvent.USER_EDITED, "d-account unlinked");
  }

  /**
   * ⑩ ログインID／ログインパスワード変更 (10-identity.md §3). Every other session of the member ends; this one goes
   * on under the returned sign-in. A mail tells the member what changed and when.
   *
   * @return the caller's sign-in after the change
   * @throws MemberRefused naming every rule broken; nothing changed
   */
  public BillingSignIn changeCredentials(CredentialChange change) {
    BillingMember m = me();
    Set<MemberProblem> problems = EnumSet.noneOf(MemberProblem.class);
    Set<Violation> violations = EnumSet.noneOf(Violation.class);
    CredentialChange.Kind kind = change.kind();
    if (kind == null) {
      throw MemberRefused.of(MemberProblem.NOTHING_CHOSEN);
    }
    if (kind.loginId() && !m.loginId().equals(change.currentLoginId())) {
      problems.add(MemberProblem.CURRENT_LOGIN_ID_WRONG);
    }
    boolean passwordRight;
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      passwordRight = m.passwordMatches(change.currentPassword());
    }
    if (!passwordRight) {
      problems.add(MemberProblem.CURRENT_PASSWORD_WRONG);
    }
    String loginId = kind.loginId() ? change.newLoginId() : m.loginId();
    // the rules "must not contain the other" hold between the values the member will have
    String password = kind.password() ? change.newPassword() : change.currentPassword();
    if (kind.loginId()) {
      violations.addAll(
          CredentialRules.billingLoginId(
              loginId, passwordRight ? password : null, id -> history.recentLoginId(m.id(), id)));
      if (loginId != null && !loginId.equals(change.newLoginIdAgain())) {
        problems.add(MemberProblem.LOGIN_ID_CONFIRMATION_DIFFERS);
      }
      if (loginId != null && takenByAnother(m.id(), loginId)) {
        problems.add(MemberProblem.LOGIN_ID_TAKEN);
      }
    }
    if (kind.password()) {
      violations.addAll(
          CredentialRules.billingPassword(
              password, loginId, p -> history.recentPassword(m.id(), p)));
      if (password != null && !password.equals(change.newPasswordAgain())) {
        violations.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
      }
    }
    if (!problems.isEmpty() || !violations.isEmpty()) {
      if (!passwordRight) {
        // a wrong current password is a failed attempt at the account like a wrong login
        audit(m, AuditEvent.LOGIN_FAILED, "wrong current password on the login data change");
      }
      throw new MemberRefused(problems, violations);
    }
    Instant now = clock.instant();
    if (kind.loginId()) {
      m.changeLoginId(loginId);
      history.loginIdSet(m.id(), loginId, now);
    }
    if (kind.password()) {
      String hash;
      try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
        hash = PasswordHasher.DEFAULT.hash(password);
      }
      m.changePassword(hash);
      history.passwordSet(m.id(), hash, now);
    }
    em.flush();
    audit(m, AuditEvent.PASSWORD_CHANGED, "changed: " + kind);
    mails.credentialsChanged(m.id(), kind, now);
    return members.signIn().renewed(m.loginId(), m.signInVersion());
  }

  /**
   * ⑪ Webビリング一括解約: the member can no longer log in (this session ends too); its data are kept for
   * the retention period (docs/web-billing.md).
   *
   * @throws MemberRefused {@link MemberProblem#REASON_MISSING}
   */
  public void cancel(CancelReason reason) {
    if (reason == null) {
      throw MemberRefused.of(MemberProblem.REASON_MISSING);
    }
    BillingMember m = me();
    m.cancel(reason.name(), clock.instant());
    audit(m, AuditEvent.USER_DELETED, "Web Billing cancelled: " + reason);
  }

  private boolean takenByAnother(long memberId, String loginId) {
    return !em.createNativeQuery("SELECT id FROM billing_member WHERE login_id = ?1 AND id <> ?2")
        .setParameter(1, loginId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  private BillingMember me() {
    return members.me();
  }

  private void audit(BillingMember m, AuditEvent event, String detail) {
    members.audit(m, event, detail);
  }
}
