package jp.selfcare.history;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How far a running job is: rows done of rows to do. Jobs advance it with {@link #advance} in the
 * transaction of the chunk that did the rows, so a chunk rolled back and done again counts once.
 */
public record Progress(long done, long total) implements Serializable {

  /** Whole percent done, 0–100 (100 when there is nothing to do). */
  public int percent() {
    return total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
  }

  /**
   * Whole percent as the bar shows it: a running job stays below 100 % after its last row, since it
   * still has its last step to do (the result file, the group's new state), so the bar never says
   * done while the state says otherwise.
   */
  public int percentWhile(boolean running) {
    return running ? Math.min(99, percent()) : percent();
  }

  /** Whether a running job has done every row and is on its last step. */
  public boolean finishing(boolean running) {
    return running && done >= total;
  }

  /** Adds {@code rows} to the done rows of an entry, on the chunk transaction's connection. */
  public static void advance(Connection connection, long operationId, int rows)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE operation SET progress_done = progress_done + ? WHERE id = ?")) {
      update.setInt(1, rows);
      update.setLong(2, operationId);
      update.executeUpdate();
    }
  }
}
