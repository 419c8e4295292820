package jp.selfcare.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Appends authentication events. Each entry commits on its own, so a refused login (whose
 * transaction may roll back) still leaves its trace.
 */
@Stateless
public class AuditLog {

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  /**
   * Records an event.
   *
   * @param application "portal", "settings" or "billing"
   * @param customerId the customer, or null when the account is unknown
   * @param account the login ID as typed or known (never a password or code)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String application, Long customerId, String account, AuditEvent event, String detail) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_event (occurred_at, application, customer_id, account, event,"
                    + " detail) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setTimestamp(1, Timestamp.from(clock.instant()));
      s.setString(2, application);
      if (customerId == null) {
        s.setNull(3, Types.BIGINT);
      } else {
        s.setLong(3, customerId);
      }
      s.setString(4, account.length() > 254 ? account.substring(0, 254) : account);
      s.setString(5, event.name());
      s.setString(6, detail);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the audit log", e);
    }
  }
}
