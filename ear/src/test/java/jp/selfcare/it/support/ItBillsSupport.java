package jp.selfcare.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import jp.selfcare.billing.bills.MonthlyBilling;

/**
 * The monthly billing as the operators run it (run as operator), and a month's bills as the tests
 * read them.
 */
@Stateless
@RunAs("operator")
@PermitAll
@Path("bills")
@Produces(MediaType.TEXT_PLAIN)
public class ItBillsSupport {

  @EJB private MonthlyBilling billing;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  /** Starts the month's billing; the job execution's id. */
  @POST
  @Path("start")
  public String start(@QueryParam("month") String month) {
    return Long.toString(billing.start(YearMonth.parse(month)));
  }

  /** 確定 of the month: CLOSED, or UNCHANGED when it was closed (or never computed). */
  @POST
  @Path("close")
  public String close(@QueryParam("month") String month) {
    return billing.close(YearMonth.parse(month)) ? "CLOSED" : "UNCHANGED";
  }

  /** 明細の差分 of the month: one "number reasons change" a line, largest change first. */
  @GET
  @Path("differences")
  public String differences(@QueryParam("month") String month) {
    return billing.differences(YearMonth.parse(month)).stream()
        .map(d -> d.number() + " " + d.reasons() + " " + d.change())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** The basic charge of the plan of a number's site (yen a month a number). */
  @POST
  @Path("plan-charge")
  public String planCharge(@QueryParam("number") String number, @QueryParam("charge") int charge)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE service_plan SET basic_charge = ? WHERE id = (SELECT s.plan_id"
                    + " FROM ip_number n JOIN contract c ON c.id = n.contract_id"
                    + " JOIN site s ON s.id = c.site_id WHERE n.number = ?)")) {
      s.setInt(1, charge);
      s.setString(2, number);
      return Integer.toString(s.executeUpdate());
    }
  }

  /**
   * A number's line of the month: "days basic addOns calls callCount total | subtotal tax total"
   * (its bill's sums after the bar), or NONE.
   */
  @GET
  @Path("line")
  public String line(@QueryParam("month") String month, @QueryParam("number") String number)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT l.days, l.basic, l.add_ons, l.calls, l.call_count, l.total, b.subtotal,"
                    + " b.tax, b.total FROM bill_line l JOIN bill b ON b.id = l.bill_id"
                    + " WHERE b.billing_month = ? AND l.number = ?")) {
      s.setString(1, month);
      s.setString(2, number);
      try (ResultSet rs = s.executeQuery()) {
        StringBuilder found = new StringBuilder();
        while (rs.next()) {
          if (!found.isEmpty()) {
            found.append('\n');
          }
          found.append(
              String.format(
                  "%d %d %d %d %d %d | %d %d %d",
                  rs.getInt(1),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getLong(8),
                  rs.getLong(9)));
        }
        return found.isEmpty() ? "NONE" : found.toString();
      }
    }
  }
}
