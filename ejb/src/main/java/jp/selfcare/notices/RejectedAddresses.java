package jp.selfcare.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.selfcare.mail.MailRejected;

/**
 * 配信停止中: when the SMTP server refuses a notice or fault mail for good, its subscription is paused
 * (in the delivery's transaction) until the customer resumes it.
 */
@ApplicationScoped
public class RejectedAddresses {

  /** notice-&lt;notice&gt;-&lt;subscription&gt;, fault-&lt;fault&gt;-&lt;subscription&gt;. */
  private static final Pattern NOTICE_MAIL = Pattern.compile("(?:notice|fault)-\\d+-(\\d+)");

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  void pause(@Observes MailRejected rejected) {
    Matcher m = NOTICE_MAIL.matcher(rejected.messageId());
    if (!m.matches()) {
      return;
    }
    NoticeSubscription s = em.find(NoticeSubscription.class, Long.parseLong(m.group(1)));
    if (s != null && s.state() == SubscriptionState.ACTIVE) {
      s.pause(rejected.reason(), clock.instant());
    }
  }
}
