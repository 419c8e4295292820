package jp.selfcare.reservation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsScope.Placement;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.forwarding.ForwardingFacts;
import jp.selfcare.forwarding.ForwardingSetting;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingStore;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.Holds;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.Customer;

/**
 * 転送を予約する (spec 30-settings-site.md §2) for the numbers in the caller's scope: the list of
 * reservations, open one (new or existing) under the same edit hold as §1, 確定 (all rules at once)
 * and 削除, each with a settings-history entry holding the old and the new schedule and one {@link
 * jp.selfcare.events.NumberChanged} after commit; and the forwarding in force at an instant.
 */
@Stateless
public class Reservations {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = NumberConditions.MAX_PAGE;

  private static final SettingsFunction FUNCTION = SettingsFunction.FORWARDING;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @Inject private Holds holds;

  @Inject private ForwardingStore store;

  @Inject private NumberSettingChanges flow;

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
    List<Reservation> found =
        conditions.page(
            em, scope.require(FUNCTION), "select r", FROM, Reservation.class, first, size);
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
    return conditions.count(em, scope.require(FUNCTION), "r", FROM);
  }

  private static final String FROM =
      " from Reservation r, IpNumber n join n.contract c join c.site s join s.plan p"
          + " where n.id = r.ipNumberId";

  /** Opens the edit screen of a number (新規登録 or 編集) and holds the number for the edit. */
  public View open(long ipNumberId) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    long hold = store.holdConditions(edit);
    Reservation stored = em.find(Reservation.class, ipNumberId);
    return new View(
        ipNumberId,
        edit.number().number().digits(),
        ForwardingFacts.context(em, edit.number()),
        stored == null ? null : stored.schedule(),
        hold,
        LocalDateTime.ofInstant(clock.instant(), zoneOf(edit.placement().customerId())));
  }

  /** 確定: the reservation becomes the form when every rule holds; otherwise nothing changes. */
  public Outcome save(long ipNumberId, ScheduleForm form) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    ScheduleRules.Result result =
        ScheduleRules.validate(form, ForwardingFacts.context(em, edit.number()));
    if (!result.valid()) {
      return new Outcome(result, null);
    }
    return new Outcome(result, replace(edit, result.schedule()).id());
  }

  /** 削除: the number has no reservation any more; its own §1 setting applies again. */
  public long delete(long ipNumberId) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    if (em.find(Reservation.class, ipNumberId) == null) {
      throw new NotAllowedException(edit.number().number().digits() + " has no reservation");
    }
    return replace(edit, null).id();
  }

  /**
   * 元に戻す: the schedule an earlier 確定 or 削除 replaced (no reservation at all, if there was none), as
   * a new change. Refused when the reservation changed again since, or when a pattern of the old
   * schedule breaks today's §1 rules.
   */
  public long undo(long operationId) {
    UndoTarget<WeeklySchedule> target = flow.undoTarget(operationId, setting);
    WeeklySchedule previous = target.oldValue();
    NumberContext context = ForwardingFacts.context(em, target.edit().number());
    if (previous != null
        && previous.patterns().values().stream()
            .anyMatch(p -> !ForwardingSetting.validate(p.setting().asForm(), context).valid())) {
      throw new UndoRefusedException(UndoRefusedException.Reason.RULES_CHANGED);
    }
    Operation entry = replace(target.edit(), previous);
    entry.undoes(operationId);
    return entry.id();
  }

  /**
   * The number's reservation becomes this schedule (none: null) under the hold on its forwarding
   * conditions, recorded through the change flow.
   */
  private Operation replace(NumberEdit edit, WeeklySchedule schedule) {
    return store.underHold(
        edit,
        () -> {
          Reservation stored = em.find(Reservation.class, edit.ipNumberId());
          WeeklySchedule old = stored == null ? null : stored.schedule();
          if (schedule == null) {
            if (stored != null) {
              em.remove(stored);
            }
          } else {
            if (stored == null) {
              stored = new Reservation(edit.ipNumberId());
              em.persist(stored);
            }
            stored.replace(schedule);
          }
          return flow.record(setting, edit, old, schedule);
        });
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

  private ZoneId zoneOf(long customerId) {
    return em.find(Customer.class, customerId).timeZone();
  }

  /** The reservation as the change flow sees it: a §2 change of an ordinary number. */
  private final NumberSetting<WeeklySchedule> setting =
      NumberSetting.of(
          FUNCTION,
          OperationType.FORWARDING_RESERVATION,
          ipNumberId -> ForwardingFacts.ordinaryNumber(em, ipNumberId),
          number ->
              Optional.ofNullable(em.find(Reservation.class, number.id()))
                  .map(Reservation::schedule)
                  .orElse(null),
          WeeklySchedule.HISTORY);
}
