package jp.selfcare.identity.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.CredentialRules;
import jp.selfcare.identity.LinkState;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.Validity;
import jp.selfcare.identity.Violation;
import jp.selfcare.mail.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adding portal users and setting passwords from mailed single-use links (spec 10-identity.md §1):
 * an administrator adds a user; the user gets ユーザ登録受付メール with a link valid 72 hours; the link asks
 * for login ID, name and phone (本人確認) and a password under the portal rule. An expired or used link
 * points to password reset, which mails a new link.
 */
@Stateless
public class PortalRegistration {

  private static final Pattern PHONE = Pattern.compile("\\d{10,11}");

  /** Link mails (registration, password reset) one address gets per hour at most. */
  static final int LINKS_PER_HOUR = 3;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Validity validity;

  @Inject private Caller caller;

  @EJB private AuditLog audit;

  @EJB private MailOutbox mail;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  private String siteUrl;

  /**
   * The calling administrator adds a user to their own customer and the registration mail goes out.
   *
   * @return the new user's id
   * @throws NotAllowedException when the caller is not a portal administrator
   * @throws InvalidRegistrationException listing every field that cannot be accepted
   */
  public long addUser(NewPortalUser form) {
    PortalSignIn admin = caller.requirePortal();
    if (!admin.administrator()) {
      throw new NotAllowedException("only portal administrators add users");
    }
    return register(
        admin.customerId(), form, admin.loginId(), EnumSet.noneOf(RegistrationProblem.class));
  }

  /**
   * The operator's service-order feed gives a new customer its first portal administrator, who gets
   * the registration mail like any added user. Only a customer without any administrator gets one
   * this way; from then on its administrators add users.
   *
   * @param orderedBy who asked, for the audit log (the service order)
   * @return the new user's id
   * @throws InvalidRegistrationException listing every field that cannot be accepted, {@link
   *     RegistrationProblem#MAIL_ADDRESS_TAKEN}, or {@link
   *     RegistrationProblem#ADMINISTRATOR_EXISTS}
   */
  public long addFirstAdministrator(long customerId, NewPortalUser form, String orderedBy) {
    Set<RegistrationProblem> problems = EnumSet.noneOf(RegistrationProblem.class);
    if (form.role() != PortalRole.ADMINISTRATOR
        || PortalUsers.administratorCount(em, customerId) > 0) {
      problems.add(RegistrationProblem.ADMINISTRATOR_EXISTS);
    }
    return register(customerId, form, orderedBy, problems);
  }

  /** Adds the user unless a rule is broken, mails the registration link and audits who added it. */
  private long register(
      long customerId, NewPortalUser form, String addedBy, Set<RegistrationProblem> problems) {
    problems.addAll(check(form));
    if (problems.isEmpty() && byLoginId(form.mailAddress()).isPresent()) {
      problems.add(RegistrationProblem.MAIL_ADDRESS_TAKEN);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistrationException(problems);
    }
    Instant now = clock.instant();
    PortalUser user =
        new PortalUser(
            customerId,
            form.mailAddress(),
            form.name(),
            form.phone(),
            form.role(),
            form.secondStep(),
            form.mailLanguage(),
            form.timeZone(),
            now);
    user.describe(
        blankToNull(form.title()),
        blankToNull(form.mobile()),
        blankToNull(form.comment()),
        form.mobileLineMail());
    em.persist(user);
    em.flush();
    mailLink(user, LinkPurpose.REGISTRATION, now);
    audit.record(
        PortalLogin.APPLICATION, customerId, addedBy, AuditEvent.USER_ADDED, user.loginId());
    return user.id();
  }

  /** Where a mailed link stands, for the page that opens it. */
  public LinkState linkState(String token) {
    return link(token).map(l -> l.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
  }

  /** 本人確認 and パスワード設定 in one call: the page sends both, the service checks both. */
  public PasswordSetting setPassword(
      String token,
      String loginId,
      String name,
      String phone,
      String password,
      String confirmation) {
    Instant now = clock.instant();
    Optional<PortalLink> found = link(token);
    if (found.isEmpty()) {
      return PasswordSetting.of(PasswordSetting.Outcome.LINK_UNKNOWN);
    }
    PortalLink link = found.get();
    switch (link.stateAt(now)) {
      case EXPIRED:
        return PasswordSetting.of(PasswordSetting.Outcome.LINK_EXPIRED);
      case USED:
        return PasswordSetting.of(PasswordSetting.Outcome.LINK_USED);
      default:
        break;
    }
    PortalUser user = link.user();
    if (!user.identityMatches(loginId, name, phone)) {
      audit.record(
          PortalLogin.APPLICATION,
          user.customerId(),
          user.loginId(),
          AuditEvent.IDENTITY_CHECK_FAILED,
          link.purpose().name());
      return PasswordSetting.of(PasswordSetting.Outcome.IDENTITY_MISMATCH);
    }
    Set<Violation> broken = EnumSet.noneOf(Violation.class);
    broken.addAll(CredentialRules.portalPassword(password));
    if (password == null || !password.equals(confirmation)) {
      broken.add(Violation.PASSWORD_CONFIRMATION_DIFFERS);
    }
    if (!broken.isEmpty()) {
      return new PasswordSetting(PasswordSetting.Outcome.RULES_BROKEN, broken);
    }
    user.changePassword(PasswordHasher.DEFAULT.hash(password));
    link.use(now);
    audit.record(
        PortalLogin.APPLICATION,
        user.customerId(),
        user.loginId(),
        AuditEvent.PASSWORD_SET,
        link.purpose().name());
    return PasswordSetting.of(PasswordSetting.Outcome.DONE);
  }

  /**
   * パスワード再設定: mails a new link when the login ID exists. Says nothing either way, so the answer
   * does not reveal which mail addresses have accounts.
   */
  public void requestPasswordReset(String loginId) {
    Instant now = clock.instant();
    Optional<PortalUser> user = byLoginId(loginId);
    audit.record(
        PortalLogin.APPLICATION,
        user.map(PortalUser::customerId).orElse(null),
        PortalUser.normalise(loginId),
        AuditEvent.PASSWORD_RESET_REQUESTED,
        user.isPresent() ? null : "unknown login ID");
    user.ifPresent(u -> mailLink(u, LinkPurpose.PASSWORD_RESET, now));
  }

  /**
   * Mails a link — unless this address was sent {@value #LINKS_PER_HOUR} links in the last hour: a
   * registration or reset form cannot be used to flood someone's mailbox. The page answers the same
   * either way.
   */
  private void mailLink(PortalUser user, LinkPurpose purpose, Instant now) {
    long recent =
        em.createQuery(
                "select count(l) from PortalLink l where l.user = :u and l.createdAt > :since",
                Long.class)
            .setParameter("u", user)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (recent >= LINKS_PER_HOUR) {
      audit.record(
          PortalLogin.APPLICATION,
          user.customerId(),
          user.loginId(),
          AuditEvent.MAIL_THROTTLED,
          purpose.name() + ": " + recent + " links in the last hour");
      return;
    }
    String token = OneTimeSecrets.newToken();
    Instant expiresAt = now.plus(validity.registrationLink());
    em.persist(new PortalLink(OneTimeSecrets.tokenHash(token), purpose, user, now, expiresAt));
    mail.enqueue(
        PortalMails.link(
            user,
            purpose,
            siteUrl + "/portal/password.xhtml?token=" + token,
            expiresAt,
            siteUrl + "/portal/",
            now));
  }

  private Optional<PortalLink> link(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    List<PortalLink> found =
        em.createQuery(
                "select l from PortalLink l join fetch l.user where l.tokenHash = :h",
                PortalLink.class)
            .setParameter("h", OneTimeSecrets.tokenHash(token))
            .getResultList();
    return found.stream().findFirst();
  }

  private Optional<PortalUser> byLoginId(String loginId) {
    return em.createQuery("select u from PortalUser u where u.loginId = :id", PortalUser.class)
        .setParameter("id", PortalUser.normalise(loginId))
        .getResultStream()
        .findFirst();
  }

  static Set<RegistrationProblem> check(NewPortalUser form) {
    Set<RegistrationProblem> problems = EnumSet.noneOf(RegistrationProblem.class);
    if (form.name() == null || form.name().isBlank()) {
      problems.add(RegistrationProblem.NAME_REQUIRED);
    } else if (form.name().strip().length() > 100) {
      problems.add(RegistrationProblem.NAME_TOO_LONG);
    }
    String mailAddress = PortalUser.normalise(form.mailAddress());
    if (!MailAddresses.valid(mailAddress)) {
      problems.add(RegistrationProblem.MAIL_ADDRESS_INVALID);
    }
    if (form.phone() == null || !PHONE.matcher(form.phone().strip()).matches()) {
      problems.add(RegistrationProblem.PHONE_INVALID);
    }
    if (form.mobile() != null
        && !form.mobile().isBlank()
        && !PHONE.matcher(form.mobile().strip()).matches()) {
      problems.add(RegistrationProblem.MOBILE_INVALID);
    }
    if (form.secondStep() == null) {
      problems.add(RegistrationProblem.SECOND_STEP_REQUIRED);
    }
    if (form.role() == null) {
      problems.add(RegistrationProblem.ROLE_REQUIRED);
    }
    if (form.mailLanguage() == null) {
      problems.add(RegistrationProblem.LANGUAGE_REQUIRED);
    }
    if (form.timeZone() == null) {
      problems.add(RegistrationProblem.TIME_ZONE_REQUIRED);
    }
    if (form.title() != null && form.title().length() > 100) {
      problems.add(RegistrationProblem.TITLE_TOO_LONG);
    }
    if (form.comment() != null && form.comment().length() > 500) {
      problems.add(RegistrationProblem.COMMENT_TOO_LONG);
    }
    return problems;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
