package jp.selfcare.webbilling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * お支払い・請求状況 of the logged-in member (60-web-billing.md): the final bills (of closed months: an open
 * month is still being recomputed) on which one of its target lines is charged — a number's
 * contract bill, or its billing group's bill, which a representative number stands for — and only
 * of the customer that held the line when it was added. One bill model with the Billing Station:
 * {@code bill} and {@code bill_line} as the monthly billing computed them.
 */
@Stateless
@PermitAll
public class MemberBills {

  /** The chart's months. */
  public static final int CHART_MONTHS = 12;

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** The bills a member may read: closed, of its lines' customer, charging one of its lines. */
  static final String VISIBLE =
      "FROM bill b JOIN bill_month bm ON bm.billing_month = b.billing_month"
          + " AND bm.state = 'CLOSED' LEFT JOIN billing_group g ON g.id = b.billing_group_id"
          + " WHERE EXISTS (SELECT 1 FROM billing_member_line l WHERE l.member_id = ?1"
          + " AND l.customer_id = b.customer_id AND (l.number = b.representative_number"
          + " OR EXISTS (SELECT 1 FROM bill_line bl WHERE bl.bill_id = b.id"
          + " AND bl.number = l.number)))";

  @Inject private BillQueries queries;

  @Inject private Members members;

  @Inject private Clock clock;

  /** A month's bills of the member, summed. */
  public record MonthSummary(YearMonth month, long total, LocalDate due, boolean paid, int bills)
      implements Serializable {}

  /**
   * One bill: who pays it (a contract, or a billing group under its representative number), its
   * amounts in yen, the due date and whether it was paid, and its lines.
   */
  public record MemberBill(
      long id,
      YearMonth month,
      String contractNumber,
      String representativeNumber,
      String groupName,
      long subtotal,
      long tax,
      long total,
      LocalDate due,
      LocalDate paidOn,
      List<Line> lines)
      implements Serializable {

    public boolean paid() {
      return paidOn != null;
    }
  }

  /** A line of a bill (tax excluded), as the Billing Station's 回線番号別明細 shows it. */
  public record Line(
      String contractNumber,
      String number,
      int days,
      long basic,
      long addOns,
      long calls,
      long total)
      implements Serializable {}

  /** One month's charges by kind (tax excluded), as the chart stacks them. */
  public record MonthCharges(YearMonth month, long basic, long addOns, long calls)
      implements Serializable {}

  /**
   * お支払期限: the last day of the month after the billing month (the bills of November are due at the
   * end of December), as docs/billing.md says.
   */
  public static LocalDate dueDate(YearMonth billed) {
    return billed.plusMonths(1).atEndOfMonth();
  }

  /** Every month with a final bill of the member, newest first. */
  public List<MonthSummary> months() {
    return queries.months(members.me().id());
  }

  /** The member's bills of the month, each with its lines. */
  public List<MemberBill> bills(YearMonth month) {
    return queries.bills(members.me().id(), month, month);
  }

  /**
   * The last {@value #CHART_MONTHS} months up to last month (Japan time), each with the member's
   * charges by kind; a month without a bill is there with zeros.
   */
  public List<MonthCharges> chart() {
    YearMonth last = YearMonth.now(clock.withZone(JAPAN)).minusMonths(1);
    return queries.chart(members.me().id(), last.minusMonths(CHART_MONTHS - 1L), last);
  }
}
