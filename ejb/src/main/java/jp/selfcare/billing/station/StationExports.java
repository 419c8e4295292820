package jp.selfcare.billing.station;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UserJobs;
import jp.selfcare.jobs.RunningJob;
import jp.selfcare.persistence.SqlValues;

/**
 * The rows of a Billing Station download, streamed from the database to the job's file with a
 * cursor (a thousand rows at a time), so memory stays flat whatever the count: within the scope
 * recorded when the download was requested. Only the running download job calls it.
 */
@Stateless
@PermitAll
public class StationExports {

  /** Where the rows go, one list of column values (text) at a time. */
  public interface Rows {
    void row(List<Object> values) throws IOException;
  }

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  /**
   * Streams the download's rows (parameters as {@link StationDownloads} recorded them).
   *
   * @return how many rows
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long export(long instanceId, long executionId, Map<String, String> parameters, Rows rows)
      throws IOException {
    RunningJob.require(UserJobs.BILLING_DOWNLOAD, instanceId, executionId);
    OperationType kind = OperationType.valueOf(parameters.get(StationDownloads.KIND));
    long customer = Long.parseLong(parameters.get(StationDownloads.CUSTOMER_ID));
    String contracts = parameters.get(StationDownloads.CONTRACTS);
    List<Long> scope =
        StationDownloads.ALL_CONTRACTS.equals(contracts)
            ? null
            : contracts == null || contracts.isBlank()
                ? List.of()
                : Arrays.stream(contracts.split(",")).map(Long::valueOf).toList();
    if (scope != null && scope.isEmpty()) {
      return 0;
    }
    List<Object> bound = new ArrayList<>();
    String sql = sql(kind, parameters, customer, scope, bound);
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // a cursor (PostgreSQL fetches a thousand rows at a time only outside autocommit)
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setFetchSize(1000);
        for (int i = 0; i < bound.size(); i++) {
          s.setObject(i + 1, bound.get(i));
        }
        long count = 0;
        try (ResultSet rs = s.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<Object> values = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
              Object value = rs.getObject(i);
              values.add(
                  value instanceof java.sql.Timestamp || value instanceof OffsetDateTime
                      ? SqlValues.instant(value)
                      : value instanceof BigDecimal d ? d : value);
            }
            rows.row(values);
            count++;
          }
        }
        c.commit();
        return count;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the rows of download " + kind, e);
    }
  }

  private static String sql(
      OperationType kind,
      Map<String, String> parameters,
      long customer,
      List<Long> scope,
      List<Object> bound) {
    if (kind == OperationType.BILL_LINES_DOWNLOAD) {
      bound.add(parameters.get(StationDownloads.MONTH));
      bound.add(customer);
      return "SELECT b.billing_month, l.contract_number, l.number, l.days, l.basic, l.add_ons, l.calls,"
          + " l.call_count, l.total FROM bill_line l JOIN bill b ON b.id = l.bill_id"
          + " WHERE b.billing_month = ? AND b.customer_id = ?"
          + in("l.contract_id", scope, bound)
          + " ORDER BY l.contract_number, l.number NULLS LAST";
    }
    String numbers = parameters.get(StationDownloads.NUMBERS);
    CallConditions calls =
        new CallConditions(
            customer,
            scope,
            LocalDate.parse(parameters.get(StationDownloads.FROM)),
            LocalDate.parse(parameters.get(StationDownloads.TO)),
            numbers == null || numbers.isBlank() ? List.of() : List.of(numbers.split(",")));
    bound.addAll(calls.values());
    String where = calls.where();
    if (kind == OperationType.CALL_DETAILS_DOWNLOAD) {
      return "SELECT r.started_at, r.calling_number, r.called_number, r.call_class,"
          + " r.duration_seconds, r.charge FROM call_record r"
          + where
          + " ORDER BY r.started_at, r.call_id";
    }
    return "SELECT r.calling_number, COUNT(*), SUM(r.duration_seconds),"
        + " COALESCE(SUM(r.charge), 0) FROM call_record r"
        + where
        + " GROUP BY r.calling_number ORDER BY 4 DESC, 1";
  }

  /** " AND column IN (?, …)" for the values (bound in order); nothing when there are none. */
  private static String in(String column, List<?> values, List<Object> bound) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    bound.addAll(values);
    return " AND "
        + column
        + " IN ("
        + String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
        + ")";
  }
}
