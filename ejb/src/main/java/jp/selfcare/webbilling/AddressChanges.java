package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;
import jp.selfcare.identity.Violation;

/**
 * ⑥ 連絡先メールアドレス変更, 秘密の質問／回答の変更 and the address of ご請求額お知らせメール (60-web-billing.md). A new address is
 * never taken on the member's word: the request mails 【WebBilling】お申し込みURLのご連絡 with a 24-hour
 * single-use link to the new address, and only opening it and answering the secret question again
 * (exactly: full- and half-width must match) completes the change. Until then the old address stays
 * in force. Wrong answers on the link count towards the member's lockout.
 */
@Stateless
@PermitAll
public class AddressChanges {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @Inject private Members members;

  @Inject private MemberLinks links;

  @Inject private MemberMails mails;

  /**
   * ⑥ 変更する: the new contact address (twice) with the secret question and answer to confirm it with
   * (they become the member's on completion); 受付完了 and the mail to the new address.
   *
   * @throws MemberRefused naming every rule broken; nothing stored or sent
   */
  public void requestMailChange(
      String mail, String mailAgain, SecretQuestion question, String answer) {
    BillingMember m = members.me();
    Set<MemberProblem> problems = addressProblems(mail, mailAgain);
    Set<Violation> violations = CredentialRules.secretAnswer(answer);
    if (question == null) {
      problems.add(MemberProblem.QUESTION_MISSING);
    }
    if (!problems.isEmpty() || !violations.isEmpty()) {
      throw new MemberRefused(problems, violations);
    }
    String address = mail.strip();
    mailLink(m, LinkPurpose.MAIL_CHANGE, address, question, hash(answer));
    members.audit(m, AuditEvent.TWO_STEP_ADDRESS_CHANGED, "contact mail change requested");
  }

  /**
   * 秘密の質問／回答の変更 (メールアドレス 変更しない): takes effect at once, the member being logged in.
   *
   * @throws MemberRefused naming every rule broken; nothing changed
   */
  public void changeSecret(SecretQuestion question, String answer) {
    BillingMember m = members.me();
    Set<MemberProblem> problems = EnumSet.noneOf(MemberProblem.class);
    if (question == null) {
      problems.add(MemberProblem.QUESTION_MISSING);
    }
    Set<Violation> violations = CredentialRules.secretAnswer(answer);
    if (!problems.isEmpty() || !violations.isEmpty()) {
      throw new MemberRefused(problems, violations);
    }
    m.changeSecret(question, hash(answer));
    members.audit(m, AuditEvent.USER_EDITED, "secret question changed");
  }

  /**
   * ご請求額お知らせメール: off at once; on to the contact address at once (it is proven already); on to
   * another address only after that address's link is opened and the member's own secret question
   * answered.
   *
   * @return whether a confirmation link was mailed (the change waits for it)
   * @throws MemberRefused naming every rule broken; nothing changed
   */
  public boolean billMail(boolean on, String address, String addressAgain) {
    BillingMember m = members.me();
    String typed = address == null ? "" : address.strip();
    if (!on) {
      m.billMail(false, m.billMailAddress().orElse(null));
      members.audit(m, AuditEvent.USER_EDITED, "bill mail off");
      return false;
    }
    if (typed.isEmpty() || typed.equals(m.contactMail())) {
      m.billMail(true, null);
      members.audit(m, AuditEvent.USER_EDITED, "bill mail on to the contact address");
      return false;
    }
    Set<MemberProblem> problems = addressProblems(address, addressAgain);
    if (!problems.isEmpty()) {
      throw new MemberRefused(problems, EnumSet.noneOf(Violation.class));
    }
    mailLink(m, LinkPurpose.BILL_MAIL, typed, null, null);
    members.audit(m, AuditEvent.USER_EDITED, "bill mail address change requested");
    return true;
  }

  /** What a mailed confirmation link is now, and what it confirms. */
  public record LinkView(LinkState state, LinkPurpose purpose) {}

  /** The link's state (the page shows its own message for expired, used and unknown links). */
  public LinkView link(String token) {
    Optional<MemberLinks.Link> found = addressLink(token);
    if (found.isEmpty()) {
      return new LinkView(LinkState.UNKNOWN, null);
    }
    return new LinkView(found.get().stateAt(clock.instant()), found.get().purpose());
  }

  /**
   * 連絡先メールアドレス登録/変更 確定: the secret question and answer again; a match completes the change and uses
   * the link up.
   *
   * @throws MemberRefused {@link MemberProblem#LINK_INVALID} (expired, used, unknown, or the member
   *     locked by wrong answers), {@link MemberProblem#QUESTION_MISSING}, {@link
   *     MemberProblem#SECRET_WRONG}; nothing changed but the failure count
   */
  public void confirm(String token, SecretQuestion question, String answer) {
    Instant now = clock.instant();
    Optional<MemberLinks.Link> found = addressLink(token);
    if (found.isEmpty() || found.get().stateAt(now) != LinkState.VALID) {
      throw MemberRefused.of(MemberProblem.LINK_INVALID);
    }
    MemberLinks.Link link = found.get();
    BillingMember m = em.find(BillingMember.class, link.memberId());
    if (m.state() != MemberState.ACTIVE || m.attempts().lockedAt(now)) {
      throw MemberRefused.of(MemberProblem.LINK_INVALID);
    }
    if (question == null) {
      throw MemberRefused.of(MemberProblem.QUESTION_MISSING);
    }
    boolean right;
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      right =
          link.purpose() == LinkPurpose.MAIL_CHANGE
              ? question == link.question() && PasswordHasher.verify(answer, link.answerHash())
              : question == m.secretQuestion() && m.answerMatches(answer);
    }
    if (!right) {
      // a wrong answer must not be noted in this transaction only to be rolled back
      members.fail(m, now, "wrong secret answer on the mail confirmation link");
      em.flush();
      throw new WrongAnswer();
    }
    if (!links.use(link, now)) {
      throw MemberRefused.of(MemberProblem.LINK_INVALID);
    }
    if (link.purpose() == LinkPurpose.MAIL_CHANGE) {
      m.changeContactMail(link.newMail());
      m.changeSecret(link.question(), link.answerHash());
      members.audit(m, AuditEvent.TWO_STEP_ADDRESS_CHANGED, "contact mail changed");
    } else {
      m.billMail(true, link.newMail());
      members.audit(m, AuditEvent.USER_EDITED, "bill mail address changed");
    }
  }

  /**
   * A wrong answer on the link: kept as a failed attempt (so not rolled back), told as {@link
   * MemberProblem#SECRET_WRONG}.
   */
  @jakarta.ejb.ApplicationException(rollback = false)
  public static class WrongAnswer extends MemberRefused {

    private static final long serialVersionUID = 1L;

    WrongAnswer() {
      super(EnumSet.of(MemberProblem.SECRET_WRONG), EnumSet.noneOf(Violation.class));
    }
  }

  private void mailLink(
      BillingMember m, LinkPurpose purpose, String address, SecretQuestion q, String answerHash) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(validity.billingMailLink());
    String token = links.create(m.id(), purpose, now, expiresAt, address, q, answerHash);
    mails.addressLink(m.id(), purpose, address, token, validity.billingMailLink(), expiresAt, now);
  }

  private static Set<MemberProblem> addressProblems(String mail, String mailAgain) {
    Set<MemberProblem> problems = EnumSet.noneOf(MemberProblem.class);
    String typed = mail == null ? "" : mail.strip();
    if (!MailAddresses.valid(typed)) {
      problems.add(MemberProblem.MAIL_INVALID);
    } else if (!typed.equals(mailAgain == null ? "" : mailAgain.strip())) {
      problems.add(MemberProblem.MAIL_CONFIRMATION_DIFFERS);
    }
    return problems;
  }

  private static String hash(String answer) {
    try (PasswordHasher.Admission turn = PasswordHasher.admit()) {
      return PasswordHasher.DEFAULT.hash(answer);
    }
  }

  private Optional<MemberLinks.Link> addressLink(String token) {
    return links.find(token).filter(l -> l.purpose() != LinkPurpose.REGISTRATION);
  }
}
