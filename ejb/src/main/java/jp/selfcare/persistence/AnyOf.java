package jp.selfcare.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Binds a set of keys as one array parameter of {@code column = ANY (?)} (PostgreSQL and H2),
 * instead of an {@code IN (?, ?, …)} list: the statement text stays the same whatever the number of
 * keys, so PostgreSQL keeps one generic plan (an index lookup per key) instead of planning each
 * 1,000-element list anew — and choosing a scan of the whole table for it on a small table.
 */
public final class AnyOf {

  /**
   * The ids of one array parameter ({@link #ids}) as a subquery, {@code column IN } this: a join of
   * the keys with the table, whose cost stays the keys plus an index lookup each even when the
   * planner's statistics are stale. {@code column = ANY (?)} is cheaper to write but, planned as a
   * scan on a table that grew since its last ANALYZE (a service-order import adds 100,000 numbers
   * in seconds), compares every row with every key. The cast is for H2, which otherwise unnests a
   * bound array into nothing.
   */
  public static final String IDS = "(SELECT k FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS u(k))";

  /** The texts of one array parameter ({@link #texts}) as a subquery, like {@link #IDS}. */
  public static final String TEXTS = "(SELECT k FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS u(k))";

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
