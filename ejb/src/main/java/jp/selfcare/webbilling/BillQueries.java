package jp.selfcare.webbilling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.persistence.SqlValues;

/**
 * The queries behind what a member reads of the bills ({@link MemberBills#VISIBLE}), by member id:
 * the member's own pages ask them for the logged-in member, its document jobs and the bill
 * notification for the member they work for.
 */
@ApplicationScoped
class BillQueries {

  @PersistenceContext private EntityManager em;

  /** Every month with a final bill of the member, newest first. */
  List<MemberBills.MonthSummary> months(long member) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT b.billing_month, SUM(b.total), COUNT(*), COUNT(b.paid_on) "
                    + MemberBills.VISIBLE
                    + " GROUP BY b.billing_month ORDER BY b.billing_month DESC")
            .setParameter(1, member)
            .getResultList();
    List<MemberBills.MonthSummary> months = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      YearMonth month = YearMonth.parse(((String) r[0]).trim());
      int bills = ((Number) r[2]).intValue();
      months.add(
          new MemberBills.MonthSummary(
              month,
              ((Number) r[1]).longValue(),
              MemberBills.dueDate(month),
              ((Number) r[3]).intValue() == bills,
              bills));
    }
    return months;
  }

  /** The member's bills of the month, each with its lines. */
  /** The member's bills of the months {@code from} to {@code to}, by month. */
  List<MemberBills.MemberBill> bills(long member, YearMonth from, YearMonth to) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT b.id, b.contract_number, b.representative_number, g.name, b.subtotal,"
                    + " b.tax, b.total, b.paid_on, b.billing_month "
                    + MemberBills.VISIBLE
                    + " AND b.billing_month BETWEEN ?2 AND ?3"
                    + " ORDER BY b.billing_month, b.representative_number, b.contract_number")
            .setParameter(1, member)
            .setParameter(2, from.toString())
            .setParameter(3, to.toString())
            .getResultList();
    List<MemberBills.MemberBill> bills = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      YearMonth month = YearMonth.parse(((String) r[8]).trim());
      bills.add(
          new MemberBills.MemberBill(
              id,
              month,
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue(),
              ((Number) r[5]).longValue(),
              ((Number) r[6]).longValue(),
              MemberBills.dueDate(month),
              SqlValues.localDate(r[7]),
              lines(id)));
    }
    return bills;
  }

  /** The months {@code first} to {@code last}, each with the member's charges by kind. */
  List<MemberBills.MonthCharges> chart(long member, YearMonth first, YearMonth last) {
    Map<YearMonth, MemberBills.MonthCharges> byMonth = new LinkedHashMap<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      byMonth.put(m, new MemberBills.MonthCharges(m, 0, 0, 0));
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT b.billing_month, SUM(x.basic), SUM(x.add_ons), SUM(x.calls)"
                    + " FROM bill_line x JOIN bill b ON b.id = x.bill_id WHERE b.id IN (SELECT b.id "
                    + MemberBills.VISIBLE
                    + ") AND b.billing_month BETWEEN ?2 AND ?3 GROUP BY b.billing_month")
            .setParameter(1, member)
            .setParameter(2, first.toString())
            .setParameter(3, last.toString())
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      YearMonth month = YearMonth.parse(((String) r[0]).trim());
      byMonth.put(
          month,
          new MemberBills.MonthCharges(
              month,
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue()));
    }
    return new ArrayList<>(byMonth.values());
  }

  private List<MemberBills.Line> lines(long billId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT contract_number, number, days, basic, add_ons, calls, total FROM bill_line"
                    + " WHERE bill_id = ?1 ORDER BY line_no")
            .setParameter(1, billId)
            .getResultList();
    List<MemberBills.Line> lines = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      lines.add(
          new MemberBills.Line(
              (String) r[0],
              (String) r[1],
              ((Number) r[2]).intValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              ((Number) r[5]).longValue(),
              ((Number) r[6]).longValue()));
    }
    return lines;
  }
}
