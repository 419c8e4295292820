package jp.selfcare.billing.calls;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import jp.selfcare.billing.tariff.Rating;

/**
 * The month partitions of the call records on PostgreSQL, created as the months arrive: each in its
 * own short transaction before the rows of that month are written, so that the import's chunk never
 * holds the lock that creating a partition takes on the whole table. On H2 the call records are one
 * table and there is nothing to do.
 */
@Stateless
@PermitAll
public class CallRecordPartitions {

  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'y'yyyy'm'MM");

  /** The advisory lock held while partitions are created ("CALLPART"). */
  private static final long LOCK = 0x43414c4c50415254L;

  /** Months known to have their partition on this server. */
  private static final Set<YearMonth> KNOWN = ConcurrentHashMap.newKeySet();

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  /** Creates the partitions of the months that have none yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(Set<YearMonth> months) {
    if (KNOWN.containsAll(months)) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
        KNOWN.addAll(months);
        return;
      }
      // one creator at a time, across threads and servers: CREATE … IF NOT EXISTS alone fails when
      // another transaction creates the same partition at the same moment
      s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
      for (YearMonth month : months) {
        if (!KNOWN.contains(month)) {
          // IF NOT EXISTS: another server or import may have created it before the lock
          s.execute(
              "CREATE TABLE IF NOT EXISTS call_record_"
                  + NAME.format(month)
                  + " PARTITION OF call_record FOR VALUES FROM ('"
                  + start(month)
                  + "') TO ('"
                  + start(month.plusMonths(1))
                  + "')");
          KNOWN.add(month);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the call records' partitions " + months, e);
    }
  }

  /** A month's first instant in Japan, as PostgreSQL reads a time stamp with its offset. */
  private static String start(YearMonth month) {
    return month.atDay(1).atStartOfDay(Rating.ZONE).toOffsetDateTime().toString();
  }
}
