package jp.selfcare.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Binds a set of keys as one array parameter (PostgreSQL and H2), instead of an {@code IN (?, ?,
 * …)} list: the statement text stays the same whatever the number of keys, so PostgreSQL keeps one
 * generic plan (an index lookup per key) instead of planning each 1,000-element list anew — and
 * choosing a scan of the whole table for it on a small table.
 */
public final class AnyOf {

  /**
   * {@code column} is one of the ids bound as one array parameter ({@link #ids}), in the form each
   * database plans well. PostgreSQL: a subquery of the unnested array, {@code column IN (SELECT
   * …)}, which it joins with the table, at the cost of the keys plus an index lookup each even when
   * the planner's statistics are stale ({@code column = ANY (?)}, planned as a scan on a table that
   * grew since its last ANALYZE — a service-order import adds 100,000 numbers in seconds — compares
   * every row with every key). H2: {@code column = ANY (?)}, which it answers from the index, where
   * it would run the subquery again for every row of the table (minutes for 5,000 keys, hours for
   * the large demo's 100,000). The cast is for H2, which otherwise unnests a bound array into
   * nothing.
   */
  public static String idIn(Connection connection, String column) throws SQLException {
    return oneOf(connection, column, "BIGINT");
  }

  /** {@code column} is one of the texts bound as one array parameter ({@link #texts}). */
  public static String textIn(Connection connection, String column) throws SQLException {
    return oneOf(connection, column, "VARCHAR");
  }

  private static String oneOf(Connection connection, String column, String type)
      throws SQLException {
    if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
      return column + " = ANY (?)";
    }
    return column + " IN (SELECT k FROM UNNEST(CAST(? AS " + type + " ARRAY)) AS u(k))";
  }

  private AnyOf() {}

  /** Binds ids to the parameter at {@code index}. */
  public static void ids(PreparedStatement statement, int index, Collection<Long> ids)
      throws SQLException {
    Connection c = statement.getConnection();
    statement.setArray(index, c.createArrayOf("bigint", ids.toArray()));
  }

  /** Binds texts to the parameter at {@code index}. */
  public static void texts(PreparedStatement statement, int index, Collection<String> texts)
      throws SQLException {
    Connection c = statement.getConnection();
    statement.setArray(index, c.createArrayOf("varchar", texts.toArray()));
  }
}
