package jp.selfcare.reservation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.selfcare.change.NumberChanged;
import jp.selfcare.forwarding.ForwardingFacts;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingStore;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.Holds;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.settings.NumberConditions;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsScope;
import jp.selfcare.identity.settings.SettingsScope.Placement;
import jp.selfcare.identity.settings.SettingsSignIn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.Customer;

/**
 * 転送を予約する (spec 30-settings-site.md §2) for the numbers in the caller's scope: the list of
 * reservations, open one (new or existing) under the same edit hold as §1, 確定 (all rules at once)
 * and 削除, each with a settings-history entry holding the old and the new schedule and one {@link
 * NumberChanged} after commit; and the forwarding in force at an instant.
 */
@Stateless
public class Reservations {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 100;

  private static final SettingsFunction FUNCTION = SettingsFunction.FORWARDING;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @Inject private Holds holds;

  @Inject private ForwardingStore store;

  @Inject private Event<NumberChanged> changes;

  /** A reservation in the list. */
  public record Row(long ipNumberId, String siteId, String number, int patterns, int slots)
      implements Serializable {}

  /**
   * The edit screen: the number, its rules' context, its reservation if any, the hold, and the
   * customer's wall-clock time when it was opened (the week calendar marks that day as today).
   */
  public record View(
      long ipNumberId,
      String number,
      NumberContext context,
      WeeklySchedule schedule,
      long holdId,
      LocalDateTime customersNow)
      implements Serializable {}

  /** The outcome of 確定: the rules' result, and the history entry when accepted. */
  public record Outcome(ScheduleRules.Result result, Long operationId) implements Serializable {}

  /** The reservations of the numbers in scope, a page at a time. */
  public List<Row> page(NumberConditions conditions, int first, int size) {
    if (first < 0 || size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("page must start at 0 or later and hold 1-" + MAX_PAGE);
    }
    SettingsSignIn me = scope.require(FUNCTION);
    List<Reservation> found =
        conditions
            .bind(
                em.createQuery(
                    "select r" + FROM + conditions.jpql(me) + " order by n.number.digits",
                    Reservation.class),
                me)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return found.stream()
        .map(
            r -> {
              IpNumber n = em.find(IpNumber.class, r.ipNumberId());
              WeeklySchedule s = r.schedule();
              return new Row(
                  r.ipNumberId(),
                  n.contract().site().map(x -> x.siteId().value()).orElse(""),
                  n.number().digits(),
                  s.patterns().size(),
                  s.slots().size());
            })
        .toList();
  }

  public long count(NumberConditions conditions) {
    SettingsSignIn me = scope.require(FUNCTION);
    return conditions
        .bind(em.createQuery("select count(r)" + FROM + conditions.jpql(me), Long.class), me)
        .getSingleResult();
  }

  private static final String FROM =
      " from Reservation r, IpNumber n join n.contract c join c.site s join s.plan p"
          + " where n.id = r.ipNumberId";

  /** Opens the edit screen of a number (新規登録 or 編集) and holds the number for the edit. */
  public View open(long ipNumberId) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = ordinaryNumber(ipNumberId);
    long hold = hold(placement, me, ipNumberId);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    return new View(
        ipNumberId,
        number.number().digits(),
        ForwardingFacts.context(em, number),
        stored == null ? null : stored.schedule(),
        hold,
        LocalDateTime.ofInstant(clock.instant(), zoneOf(placement.customerId())));
  }

  /** 確定: the reservation becomes the form when every rule holds; otherwise nothing changes. */
  public Outcome save(long ipNumberId, ScheduleForm form) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = ordinaryNumber(ipNumberId);
    ScheduleRules.Result result = ScheduleRules.validate(form, ForwardingFacts.context(em, number));
    if (!result.valid()) {
      return new Outcome(result, null);
    }
    long hold = hold(placement, me, ipNumberId);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    String old = stored == null ? "" : ScheduleText.encode(stored.schedule());
    if (stored == null) {
      stored = new Reservation(ipNumberId);
      em.persist(stored);
    }
    stored.replace(result.schedule());
    Operation entry = record(placement, me, number, old, ScheduleText.encode(result.schedule()));
    holds.complete(hold);
    return new Outcome(result, entry.id());
  }

  /** 削除: the number has no reservation any more; its own §1 setting applies again. */
  public long delete(long ipNumberId) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = ordinaryNumber(ipNumberId);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    if (stored == null) {
      throw new NotAllowedException(number.number().digits() + " has no reservation");
    }
    long hold = hold(placement, me, ipNumberId);
    String old = ScheduleText.encode(stored.schedule());
    em.remove(stored);
    Operation entry = record(placement, me, number, old, "");
    holds.complete(hold);
    return entry.id();
  }

  /**
   * 元に戻す: the schedule an earlier 確定 or 削除 replaced (no reservation at all, if there was none), as
   * a new change. Refused when the reservation changed again since, or when a pattern of the old
   * schedule breaks today's §1 rules.
   */
  public long undo(long operationId) {
    Operation earlier = em.find(Operation.class, operationId);
    if (earlier == null
        || earlier.type() != OperationType.FORWARDING_RESERVATION
        || earlier.ipNumberId().isEmpty()) {
      throw new NotAllowedException("no reservation change to undo");
    }
    long ipNumberId = earlier.ipNumberId().get();
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = ordinaryNumber(ipNumberId);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    String current = stored == null ? "" : ScheduleText.encode(stored.schedule());
    if (!current.equals(earlier.newValue().orElse(""))) {
      throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_SINCE);
    }
    WeeklySchedule previous = ScheduleText.decode(earlier.oldValue().orElse(""));
    NumberContext context = ForwardingFacts.context(em, number);
    if (previous != null
        && previous.patterns().values().stream()
            .anyMatch(p -> !ForwardingSetting.validate(p.setting().asForm(), context).valid())) {
      throw new UndoRefusedException(UndoRefusedException.Reason.RULES_CHANGED);
    }
    long hold = hold(placement, me, ipNumberId);
    if (previous == null) {
      em.remove(stored);
    } else {
      if (stored == null) {
        stored = new Reservation(ipNumberId);
        em.persist(stored);
      }
      stored.replace(previous);
    }
    Operation entry = record(placement, me, number, current, ScheduleText.encode(previous));
    entry.undoes(operationId);
    holds.complete(hold);
    return entry.id();
  }

  /** キャンセル / leaving the edit screen: gives the caller's edit hold back. */
  public void close(long holdId) {
    SettingsSignIn me = scope.require(FUNCTION);
    holds.releaseOwn(holdId, me.loginId());
  }

  /**
   * The forwarding in force for a number in scope at an instant: the reservation's slot, else the
   * number's own setting (what the routing decision at that instant follows).
   */
  public ForwardingSetting settingAt(long ipNumberId, Instant at) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    ForwardingSetting own = ForwardingFacts.ownSetting(em, ipNumberId);
    return WeeklySchedule.settingAt(
        own,
        Optional.ofNullable(stored).map(Reservation::schedule),
        at,
        zoneOf(placement.customerId()));
  }

  private long hold(Placement placement, SettingsSignIn me, long ipNumberId) {
    return store.holdConditions(placement, me, ipNumberId);
  }

  private Operation record(
      Placement placement, SettingsSignIn me, IpNumber number, String old, String now) {
    Operation entry =
        Operation.completedChange(
            OperationType.FORWARDING_RESERVATION,
            placement.customerId(),
            number.number().digits(),
            me.loginId(),
            clock.instant(),
            number.id(),
            old,
            now);
    em.persist(entry);
    changes.fire(new NumberChanged(number.id(), OperationType.FORWARDING_RESERVATION.name()));
    return entry;
  }

  private ZoneId zoneOf(long customerId) {
    return em.find(Customer.class, customerId).timeZone();
  }

  private IpNumber ordinaryNumber(long ipNumberId) {
    return ForwardingFacts.ordinaryNumber(em, ipNumberId);
  }
}
