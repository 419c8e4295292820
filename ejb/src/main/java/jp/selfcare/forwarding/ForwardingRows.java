package jp.selfcare.forwarding;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many numbers' own settings read and written in plain JDBC batches, for bulk jobs that change
 * thousands of numbers per transaction (一括設定アップロード): the same rows {@link NumberForwarding} maps,
 * with its version moved on, so a settings-site form opened before the job sees the change as a
 * concurrent one. Works on the caller's transaction's connection.
 */
public final class ForwardingRows {

  private static final String COLUMNS =
      "forward, unconditional, busy, no_answer, unreachable, ring_seconds,"
          + " list1, list2, list3, list4, list5, target";

  private ForwardingRows() {}

  /**
   * The stored settings of the given numbers, locked until the transaction ends (a settings-site
   * change of one of them waits, then finds its version moved on); numbers without one are absent.
   */
  public static Map<Long, ForwardingSetting> lockAndRead(
      Connection connection, Collection<Long> ipNumberIds) throws SQLException {
    Map<Long, ForwardingSetting> found = new HashMap<>();
    if (ipNumberIds.isEmpty()) {
      return found;
    }
    String marks = String.join(",", java.util.Collections.nCopies(ipNumberIds.size(), "?"));
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT ip_number_id, "
                + COLUMNS
                + " FROM forwarding_setting WHERE ip_number_id IN ("
                + marks
                + ") FOR UPDATE")) {
      int i = 1;
      for (Long id : ipNumberIds) {
        select.setLong(i++, id);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int ring = rs.getInt(7);
          Integer ringSeconds = rs.wasNull() ? null : ring;
          String target = rs.getString(13);
          found.put(
              rs.getLong(1),
              new ForwardingSetting(
                  rs.getBoolean(2),
                  rs.getBoolean(3),
                  rs.getBoolean(4),
                  rs.getBoolean(5),
                  rs.getBoolean(6),
                  ringSeconds,
                  List.of(
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10),
                      rs.getString(11),
                      rs.getString(12)),
                  target == null ? null : ForwardingTarget.valueOf(target)));
        }
      }
    }
    return found;
  }

  /**
   * Replaces the settings of the given numbers: an update (version + 1) of each number in {@code
   * stored} (read by {@link #lockAndRead} in this transaction), an insert of each other one.
   */
  public static void replace(
      Connection connection, Map<Long, ForwardingSetting> settings, Collection<Long> stored)
      throws SQLException {
    try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE forwarding_setting SET forward = ?, unconditional = ?, busy = ?,"
                    + " no_answer = ?, unreachable = ?, ring_seconds = ?, list1 = ?, list2 = ?,"
                    + " list3 = ?, list4 = ?, list5 = ?, target = ?, version = version + 1"
                    + " WHERE ip_number_id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO forwarding_setting ("
                    + COLUMNS
                    + ", ip_number_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      int updates = 0;
      int inserts = 0;
      for (Map.Entry<Long, ForwardingSetting> e : settings.entrySet()) {
        boolean exists = stored.contains(e.getKey());
        PreparedStatement statement = exists ? update : insert;
        bind(statement, e.getValue());
        statement.setLong(13, e.getKey());
        statement.addBatch();
        if (exists) {
          updates++;
        } else {
          inserts++;
        }
      }
      if (updates > 0) {
        update.executeBatch();
      }
      if (inserts > 0) {
        insert.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement s, ForwardingSetting setting) throws SQLException {
    s.setBoolean(1, setting.forward());
    s.setBoolean(2, setting.unconditional());
    s.setBoolean(3, setting.busy());
    s.setBoolean(4, setting.noAnswer());
    s.setBoolean(5, setting.unreachable());
    if (setting.ringSeconds() == null) {
      s.setNull(6, Types.INTEGER);
    } else {
      s.setInt(6, setting.ringSeconds());
    }
    for (int i = 0; i < 5; i++) {
      s.setString(7 + i, setting.lists().get(i));
    }
    if (setting.target() == null) {
      s.setNull(12, Types.VARCHAR);
    } else {
      s.setString(12, setting.target().name());
    }
  }
}
