package jp.selfcare.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalSignIn;
import jp.selfcare.persistence.Pages;

/**
 * Reading the audit log, newest first, a page at a time: a portal administrator sees the events of
 * their own customer (optionally of one account); an operator — a WildFly application user in the
 * {@value #OPERATOR} role, checked by the container — sees every customer's, filtered by customer
 * number and account.
 */
@Stateless
public class AuditTrail {

  /** The container role of the operator's audit screen. */
  public static final String OPERATOR = "operator";

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 200;

  private static final String FILTER =
      " FROM audit_event a LEFT JOIN customer c ON c.id = a.customer_id"
          + " WHERE (? IS NULL OR a.customer_id = ?) AND (? IS NULL OR c.customer_number = ?)"
          + " AND (? IS NULL OR LOWER(a.account) = ?)";

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Caller caller;

  /**
   * One page of the calling administrator's customer's events. Open to the container (the portal
   * login is the application's, checked here); WildFly denies unannotated methods of a bean that
   * has role checks, hence {@code @PermitAll}.
   */
  @PermitAll
  public List<AuditEntry> page(String account, int first, int size) {
    return query(new Filter(administratorsCustomer(), null, account), first, size);
  }

  /** How many events the same filter holds. */
  @PermitAll
  public long count(String account) {
    return count(new Filter(administratorsCustomer(), null, account));
  }

  /** One page of every customer's events, for operators. */
  @RolesAllowed(OPERATOR)
  public List<AuditEntry> operatorPage(String customerNumber, String account, int first, int size) {
    return query(new Filter(null, customerNumber, account), first, size);
  }

  /** How many events the operator's filter holds. */
  @RolesAllowed(OPERATOR)
  public long operatorCount(String customerNumber, String account) {
    return count(new Filter(null, customerNumber, account));
  }

  /** Who may see what: a customer id (administrators), or filters typed by an operator. */
  private record Filter(Long customerId, String customerNumber, String account) {

    int bind(PreparedStatement s) throws SQLException {
      String number = blankToNull(customerNumber);
      String login = blankToNull(account);
      for (int i = 1; i <= 2; i++) {
        if (customerId == null) {
          s.setNull(i, Types.BIGINT);
        } else {
          s.setLong(i, customerId);
        }
      }
      s.setString(3, number == null ? null : number.toUpperCase(Locale.ROOT));
      s.setString(4, number == null ? null : number.toUpperCase(Locale.ROOT));
      s.setString(5, login);
      s.setString(6, login);
      return 7;
    }
  }

  private List<AuditEntry> query(Filter filter, int first, int size) {
    Pages.require(first, size, MAX_PAGE);
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT a.id, a.occurred_at, a.application, a.account, a.event, a.detail,"
                    + " c.customer_number"
                    + FILTER
                    + " ORDER BY a.occurred_at DESC, a.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int next = filter.bind(s);
      s.setInt(next, first);
      s.setInt(next + 1, size);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new AuditEntry(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  AuditEvent.valueOf(rs.getString(5)),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
    return entries;
  }

  private long count(Filter filter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + FILTER)) {
      filter.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }

  private long administratorsCustomer() {
    PortalSignIn me = caller.requirePortal();
    if (!me.administrator()) {
      throw new NotAllowedException("the audit log is for portal administrators");
    }
    return me.customerId();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
