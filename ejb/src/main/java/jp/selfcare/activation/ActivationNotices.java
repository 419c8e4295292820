package jp.selfcare.activation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.activation.ActivationRefused.Problem;
import jp.selfcare.audit.AuditEvent;
import jp.selfcare.audit.AuditLog;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.PasswordHasher;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.numbers.NumberType;
import jp.selfcare.organisation.Contract;
import jp.selfcare.pdf.PdfFont;

/**
 * 開通案内 for portal users who may read the contract: listed with how long each stays available;
 * opened with the application password (which mails a one-time code to the address given with the
 * application) and then the code; shown and downloaded as PDF until 14 days after publication. Five
 * wrong passwords or codes in a row lock the notice for 30 minutes; every opening is audited.
 */
@Stateless
public class ActivationNotices {

  /** Wrong passwords or codes in a row that lock a notice. */
  public static final int LOCK_LIMIT = 5;

  /** How long a locked notice stays locked. */
  public static final Duration LOCK = Duration.ofMinutes(30);

  /** How long a mailed code is valid. */
  public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** A notice as the list shows it. */
  public record Listed(
      long id,
      String contractNumber,
      Instant publishedAt,
      Instant availableUntil,
      boolean available)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Clock clock;

  @EJB private PortalAccess access;

  @EJB private MailOutbox mail;

  @EJB private AuditLog audit;

  @Inject private PdfFont font;

  /** The notices of the contracts the user may read, newest first. */
  public List<Listed> list() {
    PortalSignIn me = caller.requirePortal();
    Instant now = clock.instant();
    return em
        .createQuery(
            "select n from ActivationNotice n where n.customerId = :c order by n.publishedAt desc",
            ActivationNotice.class)
        .setParameter("c", me.customerId())
        .getResultList()
        .stream()
        .filter(n -> n.contractId() != null && access.canRead(n.contractId()))
        .map(
            n ->
                new Listed(
                    n.id(),
                    n.contractNumber(),
                    n.publishedAt(),
                    n.availableUntil(),
                    now.isBefore(n.availableUntil())))
        .toList();
  }

  /**
   * The application password: when right, a one-time code is mailed to the address given with the
   * application.
   *
   * @return the address, partly hidden, for the page to say where the code went
   * @throws ActivationRefused EXPIRED, LOCKED or WRONG_PASSWORD (the failure is counted)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String requestCode(long noticeId, String applicationPassword) {
    ActivationNotice notice = readable(noticeId);
    Instant now = clock.instant();
    requireOpenable(notice, now);
    if (applicationPassword == null
        || !PasswordHasher.verify(applicationPassword, notice.passwordHash())) {
      notice.failed(LOCK_LIMIT, now.plus(LOCK));
      throw refusedAfterCommit(Problem.WRONG_PASSWORD);
    }
    notice.succeeded();
    String code = OneTimeSecrets.newCode();
    Instant expires = now.plus(CODE_VALIDITY);
    notice.code(OneTimeSecrets.codeHash(code), expires);
    PortalSignIn me = caller.requirePortal();
    ResourceBundle text = texts(me.language());
    mail.enqueue(
        new MailMessage(
            "activation-code-" + notice.id() + "-" + now.toEpochMilli(),
            notice.address(),
            text.getString("code.subject"),
            MessageFormat.format(
                text.getString("code.body"),
                notice.contractNumber(),
                code,
                DateTimeFormatter.ofPattern(text.getString("pdf.time"))
                    .withZone(JAPAN)
                    .format(expires))));
    return masked(notice.address());
  }

  /**
   * The notice's content, for the mailed code (valid 10 minutes; the page may show and download it
   * with the same code until then). Audited.
   *
   * @throws ActivationRefused EXPIRED, LOCKED or WRONG_CODE (the failure is counted)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ActivationContent open(long noticeId, String code) {
    ActivationNotice notice = readable(noticeId);
    Instant now = clock.instant();
    requireOpenable(notice, now);
    if (notice.codeHash() == null
        || !now.isBefore(notice.codeExpiresAt())
        || !OneTimeSecrets.codeMatches(code == null ? null : code.strip(), notice.codeHash())) {
      notice.failed(LOCK_LIMIT, now.plus(LOCK));
      throw refusedAfterCommit(Problem.WRONG_CODE);
    }
    notice.succeeded();
    PortalSignIn me = caller.requirePortal();
    audit.record(
        "portal",
        me.customerId(),
        me.loginId(),
        AuditEvent.ACTIVATION_NOTICE_OPENED,
        notice.contractNumber());
    return content(notice);
  }

  /** The notice as PDF in the user's language, for the same code as {@link #open}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] pdf(long noticeId, String code) {
    ActivationContent content = open(noticeId, code);
    return new ActivationPdf(font.file(), font.name())
        .render(content, texts(caller.requirePortal().language()));
  }

  private ActivationContent content(ActivationNotice notice) {
    Contract c = em.find(Contract.class, notice.contractId());
    List<String> basics =
        em.createQuery(
                "select n.number.digits from IpNumber n where n.contract.id = :c and n.type = :b"
                    + " order by n.number.digits",
                String.class)
            .setParameter("c", c.id())
            .setParameter("b", NumberType.BASIC)
            .getResultList();
    return new ActivationContent(
        notice.id(),
        c.customer().contractorName(),
        c.number().value(),
        c.accessLine().map(a -> a.value()).orElse(c.number().value()),
        c.service(),
        c.site().map(s -> s.name()).orElse(null),
        c.site().map(s -> s.address()).orElse(null),
        c.channelCount(),
        basics,
        notice.publishedAt(),
        notice.availableUntil());
  }

  private ActivationNotice readable(long noticeId) {
    ActivationNotice notice = em.find(ActivationNotice.class, noticeId);
    PortalSignIn me = caller.requirePortal();
    if (notice == null
        || notice.customerId() != me.customerId()
        || notice.contractId() == null
        || !access.canRead(notice.contractId())) {
      throw new NotAllowedException("activation notice " + noticeId);
    }
    return notice;
  }

  private static void requireOpenable(ActivationNotice notice, Instant now) {
    if (!now.isBefore(notice.availableUntil())) {
      throw new ActivationRefused(Problem.EXPIRED);
    }
    if (notice.lockedUntil() != null && now.isBefore(notice.lockedUntil())) {
      throw new ActivationRefused(Problem.LOCKED);
    }
  }

  /**
   * A refusal whose counted failure must stay: {@link ActivationRefused} rolls back, so the failure
   * is flushed in this REQUIRES_NEW transaction and the refusal is marked not to roll it back.
   */
  private ActivationRefused refusedAfterCommit(Problem problem) {
    em.flush();
    return new CountedRefusal(problem);
  }

  /** The address with the middle of its local part hidden: ta****@example.jp. */
  static String masked(String address) {
    int at = address.indexOf('@');
    String local = address.substring(0, at);
    String shown = local.length() <= 2 ? local.substring(0, 1) : local.substring(0, 2);
    return shown + "*".repeat(Math.max(3, local.length() - shown.length())) + address.substring(at);
  }

  private static ResourceBundle texts(Locale language) {
    return ResourceBundle.getBundle("jp.selfcare.activation.texts", language);
  }
}
