package jp.selfcare.webbilling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.selfcare.mail.MailMessage;
import jp.selfcare.mail.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails Web Billing sends its members (70-mail.md), each in the language and time zone of the
 * member's customer, queued in the caller's transaction: a mail goes when what it tells is stored,
 * and its id is derived from the event so a retried request never sends it twice. Texts in
 * jp/selfcare/webbilling/mail*.properties.
 */
@ApplicationScoped
public class MemberMails {

  @PersistenceContext private EntityManager em;

  @EJB private MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "selfcare.site-url", defaultValue = "http://localhost:8080")
  String siteUrl;

  /** How a member is written to. */
  record Recipient(String name, String loginId, String mail, Locale language, ZoneId zone) {

    ResourceBundle text() {
      return ResourceBundle.getBundle("jp.selfcare.webbilling.mail", language);
    }

    String time(Instant instant) {
      return DateTimeFormatter.ofPattern(text().getString("link.time"))
          .withZone(zone)
          .format(instant);
    }
  }

  /** The member as its mails address it (its contact mail). */
  Recipient recipient(long memberId) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT m.name, m.login_id, m.contact_mail, c.mail_language, c.time_zone"
                        + " FROM billing_member m JOIN customer c ON c.id = m.customer_id"
                        + " WHERE m.id = ?1")
                .setParameter(1, memberId)
                .getSingleResult();
    return new Recipient(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        Locale.forLanguageTag((String) r[3]),
        ZoneId.of((String) r[4]));
  }

  /** The page a mailed link opens, with its token. */
  String link(String page, String token) {
    return siteUrl + "/billing/" + page + "?token=" + token;
  }

  /** The site's Web Billing top page (the bill notice points there). */
  String topPage() {
    return siteUrl + "/billing/index.xhtml";
  }

  /** 【WebBilling】お申し込みURLのご連絡 of a registration. */
  void registration(long memberId, String token, Instant expiresAt, Instant now) {
    Recipient to = recipient(memberId);
    ResourceBundle text = to.text();
    outbox.enqueue(
        new MailMessage(
            "billing-registration-" + memberId + "-" + now.toEpochMilli(),
            to.mail(),
            text.getString("registration.subject"),
            MessageFormat.format(
                text.getString("registration.body"),
                to.name(),
                to.loginId(),
                link("register.xhtml", token),
                to.time(expiresAt))));
  }

  /**
   * 【WebBilling】お申し込みURLのご連絡 confirming a new address (the contact address or the bill
   * notification's), sent to that new address.
   */
  void addressLink(
      long memberId,
      LinkPurpose purpose,
      String address,
      String token,
      Duration validity,
      Instant expiresAt,
      Instant now) {
    Recipient to = recipient(memberId);
    ResourceBundle text = to.text();
    String body = purpose == LinkPurpose.BILL_MAIL ? "billMailChange.body" : "mailChange.body";
    outbox.enqueue(
        new MailMessage(
            "billing-"
                + purpose.name().toLowerCase(Locale.ROOT)
                + "-"
                + memberId
                + "-"
                + now.toEpochMilli(),
            address,
            text.getString("mailChange.subject"),
            MessageFormat.format(
                text.getString(body),
                to.name(),
                link("confirm.xhtml", token),
                validity.toHours(),
                to.time(expiresAt))));
  }

  /** ログイン情報変更のお知らせ: what changed and when, never the new value of a password. */
  void credentialsChanged(long memberId, CredentialChange.Kind kind, Instant now) {
    Recipient to = recipient(memberId);
    ResourceBundle text = to.text();
    outbox.enqueue(
        new MailMessage(
            "billing-credentials-" + memberId + "-" + now.toEpochMilli(),
            to.mail(),
            text.getString("credentials.subject"),
            MessageFormat.format(
                text.getString("credentials.body"),
                to.name(),
                to.time(now),
                text.getString("credentials." + kind.name()))));
  }

  /**
   * ご請求額お知らせメール of a closed month: its id is keyed by member and month, so the mail goes once
   * however often it is queued.
   */
  void billNotice(long memberId, String address, YearMonth month, long total, LocalDate due) {
    Recipient to = recipient(memberId);
    ResourceBundle text = to.text();
    String monthText =
        DateTimeFormatter.ofPattern(text.getString("month.format"), to.language()).format(month);
    outbox.enqueue(
        new MailMessage(
            "billing-bill-notice-" + memberId + "-" + month,
            address,
            MessageFormat.format(text.getString("billNotice.subject"), monthText),
            MessageFormat.format(
                text.getString("billNotice.body"),
                to.name(),
                monthText,
                NumberFormat.getIntegerInstance(to.language()).format(total),
                DateTimeFormatter.ofPattern(text.getString("date.format"), to.language())
                    .format(due),
                topPage())));
  }
}
