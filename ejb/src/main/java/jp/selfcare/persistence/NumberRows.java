package jp.selfcare.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * One native query's rows for every number, or for some numbers by id, in one statement whatever
 * their count — how the routing cache and the bulk jobs read a feature's table for thousands of
 * numbers without a query per number. Runs on the transaction's connection.
 */
public final class NumberRows {

  private NumberRows() {}

  /**
   * The rows of {@code sql}; when {@code ids} is not null, only those whose {@code idColumn} is one
   * of them (bound as one array, see {@link AnyOf}).
   */
  public static List<Object[]> select(
      EntityManager em, String sql, String idColumn, List<Long> ids) {
    String where = sql.contains(" WHERE ") ? " AND " : " WHERE ";
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              String text = ids == null ? sql : sql + where + AnyOf.idIn(connection, idColumn);
              try (PreparedStatement select = connection.prepareStatement(text)) {
                if (ids != null) {
                  AnyOf.ids(select, 1, ids);
                }
                try (ResultSet rs = select.executeQuery()) {
                  return all(rs);
                }
              }
            });
  }

  /** Every remaining row of a result, each as its column values. */
  public static List<Object[]> all(ResultSet rs) throws SQLException {
    int columns = rs.getMetaData().getColumnCount();
    List<Object[]> rows = new ArrayList<>();
    while (rs.next()) {
      Object[] row = new Object[columns];
      for (int i = 0; i < columns; i++) {
        row[i] = rs.getObject(i + 1);
      }
      rows.add(row);
    }
    return rows;
  }

  /** A key column's value. */
  public static long id(Object value) {
    return ((Number) value).longValue();
  }

  /** A boolean column's value, whether the driver gives a boolean or a number. */
  public static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
