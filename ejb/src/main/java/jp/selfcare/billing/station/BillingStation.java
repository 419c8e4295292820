package jp.selfcare.billing.station;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.permission.PortalAccess;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.persistence.Pages;
import jp.selfcare.persistence.SqlValues;

/**
 * The Billing Station as a portal user reads it: the lines of a month's bills, the calls and the
 * totals per calling number — of their own customer, and for a user who is not an administrator, of
 * the contracts they may read. Whatever a page asks, nothing else is answered.
 */
@Stateless
public class BillingStation {

  /** Largest page a caller may ask for. */
  public static final int MAX_PAGE = 200;

  /** How many calling numbers the totals list at most (the top callers by charge). */
  public static final int MAX_CALLERS = 1000;

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private PortalAccess access;

  /** The months the caller's customer has bills of, newest first. */
  @SuppressWarnings("unchecked")
  public List<YearMonth> months() {
    PortalSignIn me = caller.requirePortal();
    return ((List<Object>)
            em.createNativeQuery(
                    "SELECT DISTINCT billing_month FROM bill WHERE customer_id = ?1 ORDER BY billing_month DESC")
                .setParameter(1, me.customerId())
                .getResultList())
        .stream().map(m -> YearMonth.parse(((String) m).strip())).toList();
  }

  /** One page of the month's bill lines the caller may read, by contract and number. */
  @SuppressWarnings("unchecked")
  public List<BillLineRow> lines(YearMonth month, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    Scope scope = scope();
    if (scope.none()) {
      return List.of();
    }
    Query query =
        em.createNativeQuery(
            "SELECT l.contract_number, l.number, l.days, l.basic, l.add_ons, l.calls,"
                + " l.call_count, l.total FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                + " WHERE b.billing_month = :month AND b.customer_id = :customer"
                + scope.condition("l.contract_id")
                + " ORDER BY l.contract_number, l.number NULLS LAST"
                + " LIMIT :size OFFSET :first");
    scope
        .bind(query)
        .setParameter("month", month.toString())
        .setParameter("size", size)
        .setParameter("first", first);
    List<BillLineRow> rows = new ArrayList<>();
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      rows.add(
          new BillLineRow(
              (String) r[0],
              (String) r[1],
              ((Number) r[2]).intValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              ((Number) r[5]).longValue(),
              ((Number) r[6]).longValue(),
              ((Number) r[7]).longValue()));
    }
    return rows;
  }

  /** How many of the month's bill lines the caller may read. */
  public long lineCount(YearMonth month) {
    Scope scope = scope();
    if (scope.none()) {
      return 0;
    }
    Query query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                + " WHERE b.billing_month = :month AND b.customer_id = :customer"
                + scope.condition("l.contract_id"));
    scope.bind(query).setParameter("month", month.toString());
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * One page of the calls of the search the caller may read, newest first.
   *
   * @throws CallSearchRefused naming every rule the search breaks
   */
  @SuppressWarnings("unchecked")
  public List<CallRow> calls(CallSearch search, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    CallConditions calls = conditions(search);
    if (calls.none()) {
      return List.of();
    }
    List<Object> values = calls.values();
    values.add(size);
    values.add(first);
    Query query =
        bound(
            em.createNativeQuery(
                "SELECT r.call_id, r.started_at, r.calling_number, r.called_number,"
                    + " r.duration_seconds, r.call_class, r.charge FROM call_record r"
                    + calls.where()
                    + " ORDER BY r.started_at DESC, r.call_id LIMIT ? OFFSET ?"),
            values);
    List<CallRow> rows = new ArrayList<>();
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      rows.add(
          new CallRow(
              (String) r[0],
              SqlValues.instant(r[1]),
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).intValue(),
              (String) r[5],
              (BigDecimal) r[6]));
    }
    return rows;
  }

  /** How many calls of the search the caller may read. */
  public long callCount(CallSearch search) {
    CallConditions calls = conditions(search);
    if (calls.none()) {
      return 0;
    }
    Query query =
        bound(em.createNativeQuery("SELECT COUNT(*) FROM call_record r" + calls.where()), calls);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * 発信元電話番号単位の集計: the calls, seconds and charges of each calling number of the search, the most
   * charged first (at most {@value #MAX_CALLERS} numbers).
   */
  @SuppressWarnings("unchecked")
  public List<CallerTotal> perCaller(CallSearch search) {
    CallConditions calls = conditions(search);
    if (calls.none()) {
      return List.of();
    }
    Query query =
        bound(
            em.createNativeQuery(
                "SELECT r.calling_number, COUNT(*), SUM(r.duration_seconds),"
                    + " COALESCE(SUM(r.charge), 0) FROM call_record r"
                    + calls.where()
                    + " GROUP BY r.calling_number ORDER BY 4 DESC, 1 LIMIT "
                    + MAX_CALLERS),
            calls);
    List<CallerTotal> totals = new ArrayList<>();
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      totals.add(
          new CallerTotal(
              (String) r[0],
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              (BigDecimal) r[3]));
    }
    return totals;
  }

  /**
   * The search's calls per day (Japan time), every day of the period: the days' totals as {@link
   * CallerTotal}s named by the day (yyyy-MM-dd).
   */
  @SuppressWarnings("unchecked")
  public List<CallerTotal> perDay(CallSearch search) {
    CallConditions calls = conditions(search);
    if (calls.none()) {
      return List.of();
    }
    // the day in Japan, grouped by the database (PostgreSQL and H2 both take AT TIME ZONE)
    String day = "CAST(r.started_at AT TIME ZONE 'Asia/Tokyo' AS DATE)";
    Query query =
        em.createNativeQuery(
            "SELECT "
                + day
                + ", COUNT(*), SUM(r.duration_seconds), COALESCE(SUM(r.charge), 0)"
                + " FROM call_record r"
                + calls.where()
                + " GROUP BY "
                + day);
    bound(query, calls);
    Map<LocalDate, long[]> counts = new TreeMap<>();
    Map<LocalDate, BigDecimal> charges = new HashMap<>();
    for (LocalDate d = search.from(); !d.isAfter(search.to()); d = d.plusDays(1)) {
      counts.put(d, new long[2]);
      charges.put(d, BigDecimal.ZERO);
    }
    for (Object[] r : (List<Object[]>) query.getResultList()) {
      LocalDate on = r[0] instanceof LocalDate d ? d : ((java.sql.Date) r[0]).toLocalDate();
      if (counts.containsKey(on)) {
        counts.put(on, new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        charges.put(on, (BigDecimal) r[3]);
      }
    }
    List<CallerTotal> days = new ArrayList<>();
    counts.forEach((d, c) -> days.add(new CallerTotal(d.toString(), c[0], c[1], charges.get(d))));
    return days;
  }

  /** The caller's customer and, unless an administrator, the contracts they may read. */
  private Scope scope() {
    PortalSignIn me = caller.requirePortal();
    return new Scope(me.customerId(), me.administrator() ? null : access.readableContractIds());
  }

  /** The calls of the search the caller may read; refused when the search breaks a rule. */
  private CallConditions conditions(CallSearch search) {
    List<CallSearch.Problem> problems = search.problems();
    if (!problems.isEmpty()) {
      throw new CallSearchRefused(problems);
    }
    Scope scope = scope();
    return new CallConditions(
        scope.customerId(), scope.contracts(), search.from(), search.to(), search.numbers());
  }

  private static Query bound(Query query, CallConditions calls) {
    return bound(query, calls.values());
  }

  private static Query bound(Query query, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  /** The customer and, for a user who is not an administrator, the contracts they may read. */
  private record Scope(long customerId, Set<Long> contracts) {

    boolean none() {
      return contracts != null && contracts.isEmpty();
    }

    String condition(String contractColumn) {
      return contracts == null ? "" : " AND " + contractColumn + " IN (:contracts)";
    }

    Query bind(Query query) {
      query.setParameter("customer", customerId);
      if (contracts != null) {
        query.setParameter("contracts", contracts);
      }
      return query;
    }
  }
}
