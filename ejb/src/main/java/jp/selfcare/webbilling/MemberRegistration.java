package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
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
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;
import jp.selfcare.identity.Violation;

/**
 * A Web Billing member's registration (docs/web-billing.md): the feed creates the member waiting
 * for it and {@link #invite} mails 【WebBilling】お申し込みURLのご連絡 with a single-use link to its contact
 * address; through the link the member sets its password (10-identity.md §3) and its secret
 * question and answer, and becomes able to log in.
 */
@Stateless
@PermitAll
public class MemberRegistration {

  /** The audit log's name of the application. */
  public static final String APPLICATION = "billing";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @Inject private MemberLinks links;

  @Inject private MemberMails mails;

  @Inject private MemberHistory history;

  @EJB private AuditLog audit;

  /**
   * Mails the member its registration link (in the caller's transaction: the mail goes when the
   * member is stored).
   */
  public void invite(long memberId) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(validity.registrationLink());
    String token =
        links.create(memberId, LinkPurpose.REGISTRATION, now, expiresAt, null, null, null);
    mails.registration(memberId, token, expiresAt, now);
  }

  /** Whether the link can still register its member. */
  public LinkState linkState(String token) {
    return link(token).map(l -> l.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
  }

  /** The login ID the link registers (shown on the page), while the link is valid. */
  public Optional<String> loginIdOf(String token) {
    return link(token)
        .filter(l -> l.stateAt(clock.instant()) == LinkState.VALID)
        .map(l -> em.find(BillingMember.class, l.memberId()).loginId());
  }

  /**
   * Registers the member of the link: its password and its secret question and answer. The link is
   * used up; the member can log in from then on.
   *
   * @throws MemberRefused naming every rule broken; nothing is stored
   */
  public void register(
      String token, String password, String passwordAgain, SecretQuestion question, String answer) {
    Instant now = clock.instant();
    Optional<MemberLinks.Link> found = link(token);
    if (found.isEmpty() || found.get().stateAt(now) != LinkState.VALID) {
      throw MemberRefused.of(MemberProblem.LINK_INVALID);
    }
    MemberLinks.Link link = found.get();
    BillingMember member = em.find(BillingMember.class, link.memberId());
    Set<Violation> violations =
        EnumSet.copyOf(
            CredentialRules.billingPassword(
                password, member.loginId(), p -> history.recentPassword(member.id(), p)));
    if (password != null && !password.equals(passwordAgain)) {
      violations.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
    }
    violations.addAll(CredentialRules.secretAnswer(answer));
    Set<MemberProblem> problems = EnumSet.noneOf(MemberProblem.class);
    if (question == null) {
      problems.add(MemberProblem.QUESTION_MISSING);
    }
    if (!violations.isEmpty() || !problems.isEmpty()) {
      throw new MemberRefused(problems, violations);
    }
    if (member.state() != MemberState.REGISTERING || !links.use(link, now)) {
      throw MemberRefused.of(MemberProblem.LINK_INVALID);
    }
    String hash;
    String answerHash;
    try (PasswordHasher.Admission admitted = PasswordHasher.admit()) {
      hash = PasswordHasher.DEFAULT.hash(password);
      // the answer is a second secret: hashed as slowly, and of the exact text typed (full- and
      // half-width characters must match)
      answerHash = PasswordHasher.DEFAULT.hash(answer);
    }
    member.register(hash, question, answerHash);
    history.passwordSet(member.id(), hash, now);
    audit.record(
        APPLICATION,
        member.customerId(),
        member.loginId(),
        AuditEvent.PASSWORD_SET,
        "registration");
  }

  private Optional<MemberLinks.Link> link(String token) {
    return links.find(token).filter(l -> l.purpose() == LinkPurpose.REGISTRATION);
  }
}
