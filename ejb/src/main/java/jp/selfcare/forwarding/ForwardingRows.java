package jp.selfcare.forwarding;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.selfcare.persistence.AnyOf;
import jp.selfcare.persistence.NumberRows;

/**
 * The one place besides {@link NumberForwarding} that knows the columns of {@code
 * forwarding_setting}: many numbers' own settings read and written in plain JDBC batches, for the
 * routing cache's snapshots, the downloads and the bulk jobs that change thousands of numbers per
 * transaction (一括設定アップロード). Writes move the row's version on as the entity does, so a settings-site
 * form opened before the job sees the change as a concurrent one. Works on the caller's
 * transaction's connection.
 */
public final class ForwardingRows {

  private static final String[] COLUMN_NAMES = {
    "forward",
    "unconditional",
    "busy",
    "no_answer",
    "unreachable",
    "ring_seconds",
    "list1",
    "list2",
    "list3",
    "list4",
    "list5",
    "target"
  };

  private static final String COLUMNS = columns("");

  private ForwardingRows() {}

  /**
   * The setting's columns for a select list, of the table named {@code alias} ("f."; "" without
   * one), in the order {@link #setting(Object[], int)} reads them.
   */
  public static String columns(String alias) {
    return String.join(", ", Arrays.stream(COLUMN_NAMES).map(c -> alias + c).toList());
  }

  /**
   * A setting from a row holding {@link #columns} from index {@code at}; {@link
   * ForwardingSetting#NONE} when they are null (an outer join found no stored setting).
   */
  public static ForwardingSetting setting(Object[] row, int at) {
    if (row[at] == null) {
      return ForwardingSetting.NONE;
    }
    return new ForwardingSetting(
        NumberRows.bool(row[at]),
        NumberRows.bool(row[at + 1]),
        NumberRows.bool(row[at + 2]),
        NumberRows.bool(row[at + 3]),
        NumberRows.bool(row[at + 4]),
        row[at + 5] == null ? null : ((Number) row[at + 5]).intValue(),
        List.of(
            (String) row[at + 6],
            (String) row[at + 7],
            (String) row[at + 8],
            (String) row[at + 9],
            (String) row[at + 10]),
        row[at + 11] == null ? null : ForwardingTarget.valueOf((String) row[at + 11]));
  }

  /** The stored settings of every number (ids null) or of the given ones, by number id. */
  public static Map<Long, ForwardingSetting> byNumber(EntityManager em, List<Long> ids) {
    Map<Long, ForwardingSetting> settings = new HashMap<>();
    for (Object[] r :
        NumberRows.select(
            em,
            "SELECT f.ip_number_id, " + columns("f.") + " FROM forwarding_setting f",
            "f.ip_number_id",
            ids)) {
      settings.put(NumberRows.id(r[0]), setting(r, 1));
    }
    return settings;
  }

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
        for (Object[] r : NumberRows.all(rs)) {
          found.versions.put(NumberRows.id(r[0]), NumberRows.id(r[13]));
          found.settings.put(NumberRows.id(r[0]), setting(r, 1));
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
