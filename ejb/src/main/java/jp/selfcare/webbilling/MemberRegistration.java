package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;
import jp.selfcare.identity.Violation;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.persistence.SqlValues;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  @EJB private MailOutbox mail;

  @EJB private AuditLog audit;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  private String siteUrl;

  /**
   * Mails the member its registration link (in the caller's transaction: the mail goes when the
   * member is stored).
   */
  public void invite(long memberId) {
    Member member = member(memberId);
    Instant now = clock.instant();
    String token = OneTimeSecrets.newToken();
    Instant expiresAt = now.plus(validity.registrationLink());
    em.createNativeQuery(
            "INSERT INTO billing_member_link (token_hash, purpose, member_id, created_at,"
                + " expires_at) VALUES (?1, 'REGISTRATION', ?2, ?3, ?4)")
        .setParameter(1, OneTimeSecrets.tokenHash(token))
        .setParameter(2, memberId)
        .setParameter(3, now)
        .setParameter(4, expiresAt)
        .executeUpdate();
    ResourceBundle text = ResourceBundle.getBundle("jp.selfcare.webbilling.mail", member.language);
    mail.enqueue(
        new MailMessage(
            "billing-registration-" + memberId + "-" + now.toEpochMilli(),
            member.mail,
            text.getString("registration.subject"),
            MessageFormat.format(
                text.getString("registration.body"),
                member.name,
                member.loginId,
                siteUrl + "/billing/register.xhtml?token=" + token,
                DateTimeFormatter.ofPattern(text.getString("link.time"))
                    .withZone(member.zone)
                    .format(expiresAt))));
  }

  /** Whether the link can still register its member. */
  public LinkState linkState(String token) {
    return link(token).map(l -> l.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
  }

  /** The login ID the link registers (shown on the page), while the link is valid. */
  public Optional<String> loginIdOf(String token) {
    return link(token)
        .filter(l -> l.stateAt(clock.instant()) == LinkState.VALID)
        .map(l -> member(l.memberId).loginId);
  }

  /**
   * Registers the member of the link: its password and its secret question and answer. The link is
   * used up; the member can log in from then on.
   *
   * @throws RegistrationRefused naming every rule broken; nothing is stored
   */
  public void register(
      String token, String password, String passwordAgain, SecretQuestion question, String answer) {
    Optional<Link> found = link(token);
    if (found.isEmpty() || found.get().stateAt(clock.instant()) != LinkState.VALID) {
      throw new RegistrationRefused(
          EnumSet.of(RegistrationProblem.LINK_INVALID), EnumSet.noneOf(Violation.class));
    }
    Link link = found.get();
    Member member = member(link.memberId);
    Set<Violation> violations =
        EnumSet.copyOf(
            CredentialRules.billingPassword(
                password, member.loginId, p -> recentPasswords(link.memberId, p)));
    if (password != null && !password.equals(passwordAgain)) {
      violations.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
    }
    violations.addAll(CredentialRules.secretAnswer(answer));
    Set<RegistrationProblem> problems = EnumSet.noneOf(RegistrationProblem.class);
    if (question == null) {
      problems.add(RegistrationProblem.QUESTION_MISSING);
    }
    if (!violations.isEmpty() || !problems.isEmpty()) {
      throw new RegistrationRefused(problems, violations);
    }
    Instant now = clock.instant();
    String hash;
    String answerHash;
    try (PasswordHasher.Admission admitted = PasswordHasher.admit()) {
      hash = PasswordHasher.DEFAULT.hash(password);
      // the answer is a second secret: hashed as slowly, and of the exact text typed (full- and
      // half-width characters must match)
      answerHash = PasswordHasher.DEFAULT.hash(answer);
    }
    em.createNativeQuery(
            "UPDATE billing_member SET password_hash = ?1, secret_question = ?2,"
                + " secret_answer_hash = ?3, state = 'ACTIVE', version = version + 1"
                + " WHERE id = ?4 AND state = 'REGISTERING'")
        .setParameter(1, hash)
        .setParameter(2, question.name())
        .setParameter(3, answerHash)
        .setParameter(4, link.memberId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO billing_member_history (member_id, kind, credential, changed_at)"
                + " VALUES (?1, 'PASSWORD', ?2, ?3)")
        .setParameter(1, link.memberId)
        .setParameter(2, hash)
        .setParameter(3, now)
        .executeUpdate();
    em.createNativeQuery("UPDATE billing_member_link SET used_at = ?1 WHERE id = ?2")
        .setParameter(1, now)
        .setParameter(2, link.id)
        .executeUpdate();
    audit.record(
        APPLICATION, member.customerId, member.loginId, AuditEvent.PASSWORD_SET, "registration");
  }

  /** Whether the password is one of the member's last three (the current one included). */
  private boolean recentPasswords(long memberId, String password) {
    List<?> hashes =
        em.createNativeQuery(
                "SELECT credential FROM billing_member_history WHERE member_id = ?1"
                    + " AND kind = 'PASSWORD' ORDER BY changed_at DESC")
            .setParameter(1, memberId)
            .setMaxResults(3)
            .getResultList();
    return hashes.stream().anyMatch(h -> PasswordHasher.verify(password, (String) h));
  }

  private Optional<Link> link(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, member_id, expires_at, used_at FROM billing_member_link"
                    + " WHERE token_hash = ?1 AND purpose = 'REGISTRATION'")
            .setParameter(1, OneTimeSecrets.tokenHash(token))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new Link(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    SqlValues.instant(r[2]),
                    SqlValues.instant(r[3])))
        .findFirst();
  }

  private Member member(long memberId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT m.login_id, m.name, m.contact_mail, m.customer_id, c.mail_language,"
                        + " c.time_zone FROM billing_member m JOIN customer c"
                        + " ON c.id = m.customer_id WHERE m.id = ?1")
                .setParameter(1, memberId)
                .getSingleResult();
    return new Member(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        ((Number) r[3]).longValue(),
        Locale.forLanguageTag((String) r[4]),
        ZoneId.of((String) r[5]));
  }

  private record Link(long id, long memberId, Instant expiresAt, Instant usedAt) {

    LinkState stateAt(Instant now) {
      return LinkState.of(expiresAt, usedAt, now);
    }
  }

  private record Member(
      String loginId, String name, String mail, long customerId, Locale language, ZoneId zone) {}
}
