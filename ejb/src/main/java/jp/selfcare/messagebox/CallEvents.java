package jp.selfcare.messagebox;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import jp.selfcare.mail.MailOutbox;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;

/**
 * What the call servers report (spec 50-routing.md, call events): a recorded message is stored in
 * the number's box — at most {@value RecordedMessage#KEPT}, the oldest dropped — and the addresses
 * with 録音時に通知 get a mail (the WAV attached where 音声ファイル添付 is 有); an incoming call mails the
 * addresses with 着信時に通知. Mails are queued in the same transaction and sent by the JMS mail path
 * after commit: the caller never waits for SMTP.
 */
@Stateless
public class CallEvents {

  @PersistenceContext private EntityManager em;

  @EJB private MailOutbox mail;

  /** What became of an event. */
  public enum Result {
    ACCEPTED,
    NOT_IN_SERVICE,
    NO_MESSAGE_BOX
  }

  /** MESSAGE_RECORDED. */
  public Result messageRecorded(String number, String caller, Instant at, int seconds, byte[] wav) {
    IpNumber n = find(number);
    if (n == null) {
      return Result.NOT_IN_SERVICE;
    }
    if (!n.addOns().has(AddOn.MESSAGE_BOX)) {
      return Result.NO_MESSAGE_BOX;
    }
    RecordedMessage message =
        new RecordedMessage(n.id(), code(), at, caller == null ? "ANONYMOUS" : caller, seconds);
    em.persist(message);
    em.flush();
    List<Long> newest =
        em.createQuery(
                "select m.id from RecordedMessage m where m.ipNumberId = :n"
                    + " order by m.recordedAt desc, m.id desc",
                Long.class)
            .setParameter("n", n.id())
            .setMaxResults(RecordedMessage.KEPT)
            .getResultList();
    em.createQuery("delete from RecordedMessage m where m.ipNumberId = :n and m.id not in :keep")
        .setParameter("n", n.id())
        .setParameter("keep", newest)
        .executeUpdate();
    ZoneId zone = zoneOf(n);
    for (Address a : addresses(n, Notify.ON_RECORD)) {
      mail.enqueue(MessageBoxMails.recorded(message, number, a, newest.size(), wav, zone));
    }
    return Result.ACCEPTED;
  }

  /** INCOMING_CALL. */
  public Result incomingCall(String number, String caller, Instant at) {
    IpNumber n = find(number);
    if (n == null) {
      return Result.NOT_IN_SERVICE;
    }
    if (!n.addOns().has(AddOn.MESSAGE_BOX)) {
      return Result.NO_MESSAGE_BOX;
    }
    String event = UUID.randomUUID().toString();
    ZoneId zone = zoneOf(n);
    for (Address a : addresses(n, Notify.ON_CALL)) {
      mail.enqueue(MessageBoxMails.incoming(event, number, caller, at, a, zone));
    }
    return Result.ACCEPTED;
  }

  private List<Address> addresses(IpNumber n, Notify condition) {
    MessageBox box = em.find(MessageBox.class, n.id());
    return box == null
        ? List.of()
        : box.addresses().stream().filter(a -> a.condition() == condition).toList();
  }

  private IpNumber find(String digits) {
    return em.createQuery("select n from IpNumber n where n.number.digits = :d", IpNumber.class)
        .setParameter("d", digits)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ZoneId zoneOf(IpNumber n) {
    return n.contract().customer().timeZone();
  }

  private static String code() {
    return "M"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
  }
}
