package jp.selfcare.billing.calls;

import jakarta.ejb.ApplicationException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A chunk of call records that the database refused because another transaction was writing some of
 * its calls at the same moment (two threads or imports loading the same calls in a different order:
 * a deadlock): the chunk is rolled back whole and the import job loads it again, passing over the
 * calls now loaded.
 */
@ApplicationException(rollback = true)
public class ConcurrentLoad extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** PostgreSQL's deadlock_detected and serialization_failure. */
  private static final Set<String> STATES = Set.of("40P01", "40001");

  public ConcurrentLoad(long importId, SQLException cause) {
    super("call records of import " + importId + " met a concurrent load: " + cause, cause);
  }

  /** Whether the database refused the statement for a concurrent writer. */
  static boolean is(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
