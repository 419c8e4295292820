package jp.selfcare.billing.bills;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import jp.selfcare.audit.AuditTrail;
import jp.selfcare.billing.bills.MonthlyBills.AddOnHeld;
import jp.selfcare.billing.bills.MonthlyBills.Bill;
import jp.selfcare.billing.bills.MonthlyBills.Calls;
import jp.selfcare.billing.bills.MonthlyBills.ContractTerms;
import jp.selfcare.billing.bills.MonthlyBills.Fee;
import jp.selfcare.billing.bills.MonthlyBills.Line;
import jp.selfcare.billing.bills.MonthlyBills.NumberHeld;
import jp.selfcare.billing.tariff.Rating;
import jp.selfcare.jobs.RunningJob;
import jp.selfcare.numbers.AddOn;

/**
 * The monthly billing: each customer's bills of a month computed from what they held and the calls
 * they made, written in one transaction per customer that first removes the customer's bills of
 * that month — so a rerun of an open month replaces its bills and never doubles them, and a run cut
 * short leaves every customer with one whole set. A closed month is final: no run touches it.
 */
@Stateless
public class MonthlyBilling {

  /** The billing job's name. */
  public static final String JOB = "monthly-billing";

  /** The job parameter naming the month, e.g. 2026-11. */
  public static final String MONTH = "month";

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Resource private SessionContext context;

  @Inject private Clock clock;

  @Inject private Event<MonthClosed> closed;

  /** The month a run bills, as its parameter names it (yyyy-MM). */
  public static YearMonth monthOf(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      throw new IllegalArgumentException("the monthly billing names its month, e.g. month=2026-11");
    }
    return YearMonth.parse(parameter.strip());
  }

  /** The month the first day's run bills: the month before today (Japan). */
  public static YearMonth lastMonth(Clock clock) {
    return YearMonth.from(Periods.today(clock)).minusMonths(1);
  }

  /**
   * Opens a run of the month: the month becomes (or stays) open and counts the run.
   *
   * @throws BillMonthClosed when the month is closed
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void begin(long instanceId, long executionId, YearMonth month) {
    RunningJob.require(JOB, instanceId, executionId);
    try (Connection c = dataSource.getConnection()) {
      String state = state(c, month);
      if ("CLOSED".equals(state)) {
        throw new BillMonthClosed(month.toString());
      }
      try (PreparedStatement s =
          c.prepareStatement(
              state == null
                  ? "INSERT INTO bill_month (billing_month, state, runs) VALUES (?, 'OPEN', 1)"
                  : "UPDATE bill_month SET runs = runs + 1 WHERE billing_month = ?")) {
        s.setString(1, month.toString());
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the bills of " + month, e);
    }
  }

  /** The customers with a number held in the month, by id after {@code afterId}. */
  @PermitAll
  public List<Long> customers(
      long instanceId, long executionId, YearMonth month, long afterId, int size) {
    RunningJob.require(JOB, instanceId, executionId);
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT DISTINCT customer_id FROM number_period WHERE customer_id > ?"
                    + " AND first_day <= ? AND (last_day IS NULL OR last_day >= ?)"
                    + " ORDER BY customer_id LIMIT ?")) {
      s.setLong(1, afterId);
      s.setDate(2, Date.valueOf(month.atEndOfMonth()));
      s.setDate(3, Date.valueOf(month.atDay(1)));
      s.setInt(4, size);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the customers of " + month, e);
    }
    return ids;
  }

  /**
   * Computes one customer's bills of the month and replaces what the month held for them, in one
   * transaction of its own.
   *
   * @return the number of bill lines written
   * @throws BillMonthClosed when the month was closed meanwhile
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int bill(long instanceId, long executionId, YearMonth month, long customerId) {
    RunningJob.require(JOB, instanceId, executionId);
    try (Connection c = dataSource.getConnection()) {
      if (!"OPEN".equals(state(c, month))) {
        throw new BillMonthClosed(month.toString());
      }
      List<Bill> bills =
          MonthlyBills.of(
              month,
              numbers(c, month, customerId),
              contracts(c, customerId),
              addOns(c, month, customerId),
              calls(c, month, customerId));
      return write(c, month, customerId, bills);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot bill customer " + customerId + " for " + month, e);
    }
  }

  /** Records when the month's run finished. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long instanceId, long executionId, YearMonth month) {
    RunningJob.require(JOB, instanceId, executionId);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE bill_month SET computed_at = ? WHERE billing_month = ?")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setString(2, month.toString());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot finish the bills of " + month, e);
    }
  }

  /**
   * Starts a run of the monthly billing for the month (operators; the scheduler on the first day).
   *
   * @return the job execution's id
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public long start(YearMonth month) {
    Properties parameters = new Properties();
    parameters.setProperty(MONTH, month.toString());
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  /**
   * 確定: the month's bills become final. Refused for a month never computed; closing a closed month
   * changes nothing. Web Billing's notification starts from the {@link MonthClosed} event.
   *
   * @return whether this call closed it
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public boolean close(YearMonth month) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE bill_month SET state = 'CLOSED', closed_at = ?, closed_by = ?"
                    + " WHERE billing_month = ? AND state = 'OPEN' AND computed_at IS NOT NULL")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setString(2, "operator:" + context.getCallerPrincipal().getName());
      s.setString(3, month.toString());
      boolean closedNow = s.executeUpdate() == 1;
      if (closedNow) {
        closed.fire(new MonthClosed(month));
      }
      return closedNow;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the bills of " + month, e);
    }
  }

  /** A billed month as the operators' screen lists it. */
  public record MonthRow(
      String month,
      String state,
      int runs,
      java.time.Instant computedAt,
      java.time.Instant closedAt,
      String closedBy,
      long bills,
      long total)
      implements java.io.Serializable {}

  /** The billed months, newest first, with their bills' count and total (yen, tax included). */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<MonthRow> months() {
    List<MonthRow> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT m.billing_month, m.state, m.runs, m.computed_at, m.closed_at, m.closed_by,"
                    + " COUNT(b.id), COALESCE(SUM(b.total), 0) FROM bill_month m"
                    + " LEFT JOIN bill b ON b.billing_month = m.billing_month"
                    + " GROUP BY m.billing_month, m.state, m.runs, m.computed_at, m.closed_at, m.closed_by"
                    + " ORDER BY m.billing_month DESC");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        Timestamp computed = rs.getTimestamp(4);
        Timestamp closedAt = rs.getTimestamp(5);
        rows.add(
            new MonthRow(
                rs.getString(1).strip(),
                rs.getString(2),
                rs.getInt(3),
                computed == null ? null : computed.toInstant(),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getString(6),
                rs.getLong(7),
                rs.getLong(8)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the billed months", e);
    }
    return rows;
  }

  /** How many lines 明細の差分 lists at most. */
  public static final int DIFFERENCES = 200;

  /**
   * 明細の差分: the month's bill lines against the month before, the lines that moved most first (at
   * most {@value #DIFFERENCES}), each with why.
   */
  @RolesAllowed(AuditTrail.OPERATOR)
  public List<BillDifferences.Difference> differences(YearMonth month) {
    try (Connection c = dataSource.getConnection()) {
      return BillDifferences.of(amounts(c, month.minusMonths(1)), amounts(c, month), DIFFERENCES);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot compare the bills of " + month, e);
    }
  }

  private static List<BillDifferences.LineAmounts> amounts(Connection c, YearMonth month)
      throws SQLException {
    List<BillDifferences.LineAmounts> lines = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT u.customer_number, l.contract_number, l.number, l.basic, l.add_ons, l.calls"
                + " FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                + " JOIN customer u ON u.id = b.customer_id WHERE b.billing_month = ?")) {
      s.setString(1, month.toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(
              new BillDifferences.LineAmounts(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6)));
        }
      }
    }
    return lines;
  }

  private static String state(Connection c, YearMonth month) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT state FROM bill_month WHERE billing_month = ?")) {
      s.setString(1, month.toString());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static List<NumberHeld> numbers(Connection c, YearMonth month, long customerId)
      throws SQLException {
    List<NumberHeld> held = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT ip_number_id, number, contract_id, contract_number, first_day, last_day,"
                + " basic_charge FROM number_period WHERE customer_id = ? AND first_day <= ?"
                + " AND (last_day IS NULL OR last_day >= ?)")) {
      s.setLong(1, customerId);
      s.setDate(2, Date.valueOf(month.atEndOfMonth()));
      s.setDate(3, Date.valueOf(month.atDay(1)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int charge = rs.getInt(7);
          Integer ended = rs.wasNull() ? null : charge;
          held.add(
              new NumberHeld(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getDate(5).toLocalDate(),
                  day(rs.getDate(6)),
                  ended));
        }
      }
    }
    return held;
  }

  private static Map<Long, ContractTerms> contracts(Connection c, long customerId)
      throws SQLException {
    Map<Long, ContractTerms> terms = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT c.id, COALESCE(p.basic_charge, 0), c.billing_group_id FROM contract c"
                + " LEFT JOIN site s ON s.id = c.site_id LEFT JOIN service_plan p ON p.id = s.plan_id"
                + " WHERE c.customer_id = ?")) {
      s.setLong(1, customerId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long group = rs.getLong(3);
          Long billingGroup = rs.wasNull() ? null : group;
          terms.put(rs.getLong(1), new ContractTerms(rs.getLong(1), rs.getInt(2), billingGroup));
        }
      }
    }
    return terms;
  }

  private static List<AddOnHeld> addOns(Connection c, YearMonth month, long customerId)
      throws SQLException {
    List<AddOnHeld> held = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.ip_number_id, a.add_on, a.first_day, a.last_day FROM add_on_period a"
                + " WHERE a.first_day <= ? AND (a.last_day IS NULL OR a.last_day >= ?)"
                + " AND a.ip_number_id IN (SELECT p.ip_number_id FROM number_period p"
                + " WHERE p.customer_id = ?)")) {
      s.setDate(1, Date.valueOf(month.atEndOfMonth()));
      s.setDate(2, Date.valueOf(month.atDay(1)));
      s.setLong(3, customerId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          held.add(
              new AddOnHeld(
                  rs.getLong(1),
                  AddOn.valueOf(rs.getString(2)),
                  rs.getDate(3).toLocalDate(),
                  day(rs.getDate(4))));
        }
      }
    }
    return held;
  }

  private static Map<Long, Calls> calls(Connection c, YearMonth month, long customerId)
      throws SQLException {
    Map<Long, Calls> calls = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT ip_number_id, COUNT(*), SUM(duration_seconds), SUM(charge) FROM call_record"
                + " WHERE customer_id = ? AND started_at >= ? AND started_at < ?"
                + " AND charge IS NOT NULL GROUP BY ip_number_id")) {
      s.setLong(1, customerId);
      s.setObject(2, month.atDay(1).atStartOfDay(Rating.ZONE).toOffsetDateTime());
      s.setObject(3, month.plusMonths(1).atDay(1).atStartOfDay(Rating.ZONE).toOffsetDateTime());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          BigDecimal sum = rs.getBigDecimal(4);
          calls.put(
              rs.getLong(1),
              new Calls(rs.getLong(2), rs.getLong(3), sum == null ? BigDecimal.ZERO : sum));
        }
      }
    }
    return calls;
  }

  /** Replaces the customer's bills of the month; the lines written. */
  private static int write(Connection c, YearMonth month, long customerId, List<Bill> bills)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("DELETE FROM bill WHERE billing_month = ? AND customer_id = ?")) {
      s.setString(1, month.toString());
      s.setLong(2, customerId);
      s.executeUpdate();
    }
    int written = 0;
    try (PreparedStatement bill =
            c.prepareStatement(
                "INSERT INTO bill (billing_month, customer_id, billing_group_id, contract_id,"
                    + " contract_number, representative_number, subtotal, tax, total)"
                    + " VALUES (?, ?, ?, ?, ?, (SELECT representative_number FROM billing_group"
                    + " WHERE id = ?), ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement line =
            c.prepareStatement(
                "INSERT INTO bill_line (bill_id, line_no, contract_id, contract_number,"
                    + " ip_number_id, number, days, basic, add_ons, calls, call_count,"
                    + " call_seconds, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement fee =
            c.prepareStatement(
                "INSERT INTO bill_add_on (bill_id, line_no, add_on, days, amount)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (Bill b : bills) {
        bill.setString(1, month.toString());
        bill.setLong(2, customerId);
        setLong(bill, 3, b.billingGroupId());
        setLong(bill, 4, b.contractId());
        bill.setString(5, b.contractNumber());
        setLong(bill, 6, b.billingGroupId());
        bill.setLong(7, b.subtotal());
        bill.setLong(8, b.tax());
        bill.setLong(9, b.total());
        bill.executeUpdate();
        long billId;
        try (ResultSet keys = bill.getGeneratedKeys()) {
          keys.next();
          billId = keys.getLong(1);
        }
        for (Line l : b.lines()) {
          line.setLong(1, billId);
          line.setInt(2, l.lineNo());
          line.setLong(3, l.contractId());
          line.setString(4, l.contractNumber());
          setLong(line, 5, l.ipNumberId());
          line.setString(6, l.number());
          line.setInt(7, l.days());
          line.setLong(8, l.basic());
          line.setLong(9, l.addOns());
          line.setLong(10, l.calls());
          line.setLong(11, l.callCount());
          line.setLong(12, l.callSeconds());
          line.setLong(13, l.total());
          line.addBatch();
          for (Fee f : l.fees()) {
            fee.setLong(1, billId);
            fee.setInt(2, l.lineNo());
            fee.setString(3, f.addOn().name());
            fee.setInt(4, f.days());
            fee.setLong(5, f.amount());
            fee.addBatch();
          }
          written++;
        }
      }
      line.executeBatch();
      fee.executeBatch();
    }
    return written;
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, java.sql.Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
