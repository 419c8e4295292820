package jp.selfcare.nuisance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.change.ChangeOutcome;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.organisation.Customer;

/**
 * 迷惑電話お断り (spec 30-settings-site.md §7) of one number with the contract: the blocked list with
 * registration date-times and this and last month's rejection counts; 設定 replaces the list as a
 * whole (every entry's registration date-time becomes now) when every entry passes the rules, and
 * writes a settings-history entry and one {@link jp.selfcare.events.NumberChanged}. The pending
 * list and the removal marks are the page's until 設定.
 */
@Stateless
public class NuisanceBlocking {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = NumberConditions.MAX_PAGE;

  private static final SettingsFunction FUNCTION = SettingsFunction.NUISANCE_ANONYMOUS_CALLER_ID;

  private static final String FROM =
      NumberConditions.NUMBERS + " where n.addOns.nuisanceBlocking = true";

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @EJB private SettingsScope scope;

  @Inject private NumberSettingChanges flow;

  /** What the screen shows. */
  public record View(
      long ipNumberId,
      String number,
      List<Entry> entries,
      long rejectionsThisMonth,
      long rejectionsLastMonth)
      implements Serializable {}

  /** A blocked number and when it was registered. */
  public record Entry(String blockedNumber, Instant registeredAt) implements Serializable {}

  /** Why an entry (by its position in the list given to 設定; -1 for the list) is refused. */
  public record Problem(int index, Kind kind) implements Serializable {}

  /** The rules of §7. */
  public enum Kind {
    /** Not 01–09 + digits, at most 11 digits, up to 2 hyphens. */
    NUMBER_FORMAT,
    /** Starts with 00: a carrier selection code, not a caller's number (01–09 only). */
    CARRIER_CODE,
    /** The same number twice. */
    DUPLICATE,
    /** More than 30 numbers. */
    TOO_MANY
  }

  /** The outcome of 設定: the problems, or the history entry when accepted. */
  public record Outcome(List<Problem> problems, Long operationId) implements ChangeOutcome {}

  /** A search result: a number with the contract and how many numbers it blocks. */
  public record Row(
      long ipNumberId, String siteId, String contractNumber, String number, long blocked)
      implements Serializable {}

  /** The numbers in scope with the contract, a page at a time. */
  public List<Row> page(NumberConditions conditions, int first, int size) {
    return conditions.page(
        em,
        scope.require(FUNCTION),
        "select new jp.selfcare.nuisance.NuisanceBlocking$Row(n.id, s.siteId.value,"
            + " c.number.value, n.number.digits,"
            + " (select count(e) from NuisanceEntry e where e.ipNumberId = n.id))",
        FROM,
        Row.class,
        first,
        size);
  }

  public long count(NumberConditions conditions) {
    return conditions.count(em, scope.require(FUNCTION), "n", FROM);
  }

  /** The screen of one number in scope with the contract. */
  public View open(long ipNumberId) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    IpNumber number = edit.number();
    ZoneId zone = zoneOf(edit.placement().customerId());
    LocalDate thisMonth = LocalDate.ofInstant(clock.instant(), zone).withDayOfMonth(1);
    return new View(
        ipNumberId,
        number.number().digits(),
        entries(ipNumberId),
        rejections(ipNumberId, thisMonth),
        rejections(ipNumberId, thisMonth.minusMonths(1)));
  }

  /** 設定: the number's list becomes exactly these numbers, each registered now. */
  public Outcome apply(long ipNumberId, List<String> typed) {
    NumberEdit edit = flow.edit(setting, ipNumberId);
    List<Problem> problems = NuisanceList.check(typed);
    if (!problems.isEmpty()) {
      return new Outcome(problems, null);
    }
    List<String> digits =
        typed.stream().map(t -> BlockedNumberRules.digits(t).orElseThrow()).toList();
    return new Outcome(List.of(), store(edit, digits).id());
  }

  /**
   * 元に戻す: the list an earlier 設定 replaced, registered now, as a new change. Refused when the list
   * changed again since.
   */
  public long undo(long operationId) {
    UndoTarget<NuisanceList> target = flow.undoTarget(operationId, setting);
    Operation entry = store(target.edit(), target.oldValue().numbers());
    entry.undoes(operationId);
    return entry.id();
  }

  /** The number's list becomes exactly these numbers, each registered now. */
  private Operation store(NumberEdit edit, List<String> digits) {
    long ipNumberId = edit.ipNumberId();
    Instant now = clock.instant();
    NuisanceList old = setting.current(edit.number());
    em.createQuery("delete from NuisanceEntry e where e.ipNumberId = :id")
        .setParameter("id", ipNumberId)
        .executeUpdate();
    digits.forEach(d -> em.persist(new NuisanceEntry(ipNumberId, d, now)));
    return flow.record(setting, edit, old, new NuisanceList(digits));
  }

  /** The list as the change flow sees it: numbers with the 迷惑電話お断り contract. */
  private final NumberSetting<NuisanceList> setting =
      NumberSetting.of(
          FUNCTION,
          OperationType.NUISANCE_BLOCKING,
          this::contracted,
          number ->
              new NuisanceList(entries(number.id()).stream().map(Entry::blockedNumber).toList()),
          NuisanceList.HISTORY);

  private List<Entry> entries(long ipNumberId) {
    return em.createQuery(
            "select new jp.selfcare.nuisance.NuisanceBlocking$Entry(e.blockedNumber,"
                + " e.registeredAt) from NuisanceEntry e where e.ipNumberId = :id"
                + " order by e.id",
            Entry.class)
        .setParameter("id", ipNumberId)
        .getResultList();
  }

  private long rejections(long ipNumberId, LocalDate monthStart) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT rejections FROM nuisance_rejection_count"
                    + " WHERE ip_number_id = ?1 AND month_start = ?2")
            .setParameter(1, ipNumberId)
            .setParameter(2, monthStart)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  private ZoneId zoneOf(long customerId) {
    return em.find(Customer.class, customerId).timeZone();
  }

  private IpNumber contracted(long ipNumberId) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (!number.addOns().has(AddOn.NUISANCE_BLOCKING)) {
      throw new NotAllowedException(number.number().digits() + " has no nuisance blocking");
    }
    return number;
  }
}
