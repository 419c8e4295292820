package jp.selfcare.notices;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.MailAddresses;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.OneTimeSecrets;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.notices.SubscriptionRefused.Problem;
import jp.selfcare.organisation.ServiceType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 工事情報メール / 故障情報メール: the addresses a customer subscribes per service. Registering sends a
 * provisional mail whose link confirms the address within 30 minutes; a paused address (the SMTP
 * server refused it) receives nothing until the customer resumes it. Open to the container (the
 * portal login is the application's, checked here; the link's confirmation needs none).
 */
@Stateless
@PermitAll
public class NoticeSubscriptions {

  /** How long the provisional mail's link is valid. */
  public static final Duration LINK_VALIDITY = Duration.ofMinutes(30);

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Clock clock;

  @EJB private MailOutbox mail;

  @EJB private NoticeBoard board;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  private String siteUrl;

  /** The customer's subscriptions for the services the user may read, by service and address. */
  public List<SubscriptionView> list() {
    PortalSignIn me = caller.requirePortal();
    Set<ServiceType> services = board.visibleServices();
    if (services.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select s from NoticeSubscription s where s.customerId = :c and s.service in :s"
                + " order by s.service, s.address",
            NoticeSubscription.class)
        .setParameter("c", me.customerId())
        .setParameter("s", services)
        .getResultList()
        .stream()
        .map(SubscriptionView::of)
        .toList();
  }

  /**
   * 仮登録: records the address and mails it the link that confirms it. Registering again an address
   * whose link expired sends a new link.
   *
   * @return the subscription's id
   * @throws SubscriptionRefused with every rule broken (nothing stored or mailed)
   */
  public long register(
      ServiceType service,
      String address,
      boolean maintenance,
      boolean fault,
      Set<DayOfWeek> days,
      int fromHour,
      int toHour) {
    PortalSignIn me = caller.requirePortal();
    String to = address == null ? "" : address.strip();
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    if (service == null || !board.visibleServices().contains(service)) {
      problems.add(Problem.SERVICE_NOT_VISIBLE);
    }
    if (!MailAddresses.valid(to)) {
      problems.add(Problem.ADDRESS_INVALID);
    }
    DeliveryWindow window = window(days, fromHour, toHour, maintenance, fault, problems);
    NoticeSubscription existing = problems.isEmpty() ? find(me.customerId(), service, to) : null;
    Instant now = clock.instant();
    if (existing != null
        && !(existing.state() == SubscriptionState.PROVISIONAL
            && existing.tokenExpiresAt() != null
            && !now.isBefore(existing.tokenExpiresAt()))) {
      problems.add(Problem.ALREADY_REGISTERED);
    }
    if (!problems.isEmpty()) {
      throw new SubscriptionRefused(problems);
    }
    NoticeSubscription s =
        existing != null
            ? existing
            : new NoticeSubscription(
                me.customerId(), service, to, me.language(), me.loginId(), now);
    s.choose(maintenance, fault, window);
    String token = OneTimeSecrets.newToken();
    Instant expires = now.plus(LINK_VALIDITY);
    s.provisional(OneTimeSecrets.tokenHash(token), expires);
    if (existing == null) {
      em.persist(s);
      em.flush();
    }
    mail.enqueue(
        NoticeMails.provisional(
            s,
            siteUrl + "/portal/subscription.xhtml?token=" + token,
            expires,
            service.names().get(0)));
    return s.id();
  }

  /**
   * The provisional mail's link: confirms the address (no login needed — holding the mailed link
   * proves the address is the customer's to give).
   *
   * @return the service the address now receives mail of
   * @throws SubscriptionRefused UNKNOWN_LINK or LINK_EXPIRED
   */
  public ServiceType confirm(String token) {
    List<NoticeSubscription> found =
        token == null || token.isBlank()
            ? List.of()
            : em.createQuery(
                    "select s from NoticeSubscription s where s.tokenHash = :h",
                    NoticeSubscription.class)
                .setParameter("h", OneTimeSecrets.tokenHash(token.strip()))
                .getResultList();
    if (found.isEmpty()) {
      throw new SubscriptionRefused(EnumSet.of(Problem.UNKNOWN_LINK));
    }
    NoticeSubscription s = found.get(0);
    if (!clock.instant().isBefore(s.tokenExpiresAt())) {
      throw new SubscriptionRefused(EnumSet.of(Problem.LINK_EXPIRED));
    }
    s.confirm();
    return s.service();
  }

  /** Changes which mails an address receives and when. */
  public void change(
      long id, boolean maintenance, boolean fault, Set<DayOfWeek> days, int fromHour, int toHour) {
    NoticeSubscription s = own(id);
    Set<Problem> problems = EnumSet.noneOf(Problem.class);
    DeliveryWindow window = window(days, fromHour, toHour, maintenance, fault, problems);
    if (!problems.isEmpty()) {
      throw new SubscriptionRefused(problems);
    }
    s.choose(maintenance, fault, window);
  }

  /** 配信再開: a paused address receives mail again. */
  public void resume(long id) {
    NoticeSubscription s = own(id);
    if (s.state() != SubscriptionState.PAUSED) {
      throw new SubscriptionRefused(EnumSet.of(Problem.NOT_PAUSED));
    }
    s.resume();
  }

  public void remove(long id) {
    em.remove(own(id));
  }

  private static DeliveryWindow window(
      Set<DayOfWeek> days,
      int fromHour,
      int toHour,
      boolean maintenance,
      boolean fault,
      Set<Problem> problems) {
    if (!maintenance && !fault) {
      problems.add(Problem.NOTHING_CHOSEN);
    }
    if (days == null || days.isEmpty()) {
      problems.add(Problem.DAYS_REQUIRED);
    }
    if (fromHour < 0 || fromHour > 23 || toHour < 1 || toHour > 24 || fromHour == toHour) {
      problems.add(Problem.HOURS_INVALID);
    }
    return problems.isEmpty() ? new DeliveryWindow(days, fromHour, toHour) : null;
  }

  private NoticeSubscription own(long id) {
    NoticeSubscription s = em.find(NoticeSubscription.class, id);
    PortalSignIn me = caller.requirePortal();
    if (s == null
        || s.customerId() != me.customerId()
        || !board.visibleServices().contains(s.service())) {
      throw new NotAllowedException("subscription " + id);
    }
    return s;
  }

  private NoticeSubscription find(long customerId, ServiceType service, String address) {
    return em.createQuery(
            "select s from NoticeSubscription s where s.customerId = :c and s.service = :s"
                + " and lower(s.address) = :a",
            NoticeSubscription.class)
        .setParameter("c", customerId)
        .setParameter("s", service)
        .setParameter("a", address.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
