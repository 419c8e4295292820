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
import jp.selfcare.persistence.AnyOf;

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

  /** Settings read by {@link #lockAndRead}, with their versions. */
  public static final class Locked {

    private final Map<Long, ForwardingSetting> settings = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();

    /** The number's stored setting, {@link ForwardingSetting#NONE} when it has none. */
    public ForwardingSetting setting(long ipNumberId) {
      return settings.getOrDefault(ipNumberId, ForwardingSetting.NONE);
    }
  }

  /**
   * The stored settings of the given numbers, locked until the transaction ends (a settings-site
   * change of one of them waits, then finds its version moved on).
   */
  public static Locked lockAndRead(Connection connection, Collection<Long> ipNumberIds)
      throws SQLException {
    Locked found = new Locked();
    if (ipNumberIds.isEmpty()) {
      return found;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT ip_number_id, "
                + COLUMNS
                + ", version"
                + " FROM forwarding_setting WHERE ip_number_id = ANY (?) FOR UPDATE")) {
      AnyOf.ids(select, 1, ipNumberIds);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int ring = rs.getInt(7);
          Integer ringSeconds = rs.wasNull() ? null : ring;
          String target = rs.getString(13);
          found.versions.put(rs.getLong(1), rs.getLong(14));
          found.settings.put(
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
   * Replaces the settings of the given numbers (read by {@link #lockAndRead} in this transaction)
   * in two statements whatever their number: one delete of the stored rows, one batch of inserts
   * (sent as multi-row inserts where the driver rewrites batches), each with its version + 1.
   */
  public static void replace(
      Connection connection, Map<Long, ForwardingSetting> settings, Locked locked)
      throws SQLException {
    if (settings.isEmpty()) {
      return;
    }
    List<Long> stored = settings.keySet().stream().filter(locked.versions::containsKey).toList();
    if (!stored.isEmpty()) {
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM forwarding_setting WHERE ip_number_id = ANY (?)")) {
        AnyOf.ids(delete, 1, stored);
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO forwarding_setting ("
                + COLUMNS
                + ", ip_number_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<Long, ForwardingSetting> e : settings.entrySet()) {
        Long version = locked.versions.get(e.getKey());
        bind(insert, e.getValue());
        insert.setLong(13, e.getKey());
        insert.setLong(14, version == null ? 0 : version + 1);
        insert.addBatch();
      }
      insert.executeBatch();
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
