package jp.selfcare.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import jp.selfcare.identity.Caller;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.portal.PortalSignIn;

/**
 * Reading the audit log: a portal administrator sees the events of their own customer, newest
 * first, a page at a time (optionally for one account).
 */
@Stateless
public class AuditTrail {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = 200;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Caller caller;

  /** One page of the caller's customer's events, newest first. */
  public List<AuditEntry> page(String account, int first, int size) {
    long customer = administratorsCustomer();
    if (first < 0 || size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("page must start at 0 or later and hold 1-" + MAX_PAGE);
    }
    List<AuditEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, occurred_at, application, account, event, detail FROM audit_event"
                    + " WHERE customer_id = ? AND (? IS NULL OR account = ?)"
                    + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      s.setLong(1, customer);
      s.setString(2, blankToNull(account));
      s.setString(3, blankToNull(account));
      s.setInt(4, first);
      s.setInt(5, size);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new AuditEntry(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  AuditEvent.valueOf(rs.getString(5)),
                  rs.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
    return entries;
  }

  /** How many events the same filter holds. */
  public long count(String account) {
    long customer = administratorsCustomer();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE customer_id = ? AND (? IS NULL OR account = ?)")) {
      s.setLong(1, customer);
      s.setString(2, blankToNull(account));
      s.setString(3, blankToNull(account));
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
