package jp.selfcare.routing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.persistence.NumberRows;
import jp.selfcare.persistence.SqlValues;
import org.hibernate.Session;

/**
 * The routing change log ({@code routing_change}): one row per transaction that changed numbers the
 * routing cache holds, written in that transaction, so it exists exactly when the change committed.
 * Each node's cache remembers the ids it applied ({@link AppliedChanges}); the nodes learn of a
 * change from the {@code RoutingChanges} topic within milliseconds and, should a message be lost or
 * a node join late, from this log at the next reconciliation. Each node reports its version here
 * too ({@code routing_node}), for the operators' page. Rows older than a day are deleted: a node
 * that starts reads the log only from {@link #settledFloor}.
 */
@Stateless
public class RoutingChanges {

  @PersistenceContext private EntityManager em;

  /** Most numbers one row names: a bulk job's chunk or the demo data may change thousands. */
  static final int NUMBERS_PER_ROW = 10_000;

  /** Writes the entries in the caller's transaction (a row per {@value #NUMBERS_PER_ROW}). */
  public List<RoutingChange> record(NumbersChanged.Part part, List<Long> ipNumberIds) {
    List<RoutingChange> written = new ArrayList<>();
    for (int from = 0; from < ipNumberIds.size(); from += NUMBERS_PER_ROW) {
      List<Long> some =
          ipNumberIds.subList(from, Math.min(ipNumberIds.size(), from + NUMBERS_PER_ROW));
      Instant now = Instant.now();
      written.add(new RoutingChange(insert(part, some, now), part, some, now));
    }
    return written;
  }

  private long insert(NumbersChanged.Part part, List<Long> ipNumberIds, Instant changedAt) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO routing_change (part, ip_number_ids, changed_at)"
                          + " VALUES (?, ?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, part.name());
                insert.setString(2, RoutingChange.joined(ipNumberIds));
                insert.setTimestamp(3, Timestamp.from(changedAt));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
  }

  /** The committed entries above {@code floor}, oldest first. */
  public List<RoutingChange> after(long floor) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, part, ip_number_ids, changed_at FROM routing_change WHERE id > ?1"
                    + " ORDER BY id")
            .setParameter(1, floor)
            .getResultList();
    List<RoutingChange> changes = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      changes.add(
          new RoutingChange(
              NumberRows.id(r[0]),
              NumbersChanged.Part.valueOf((String) r[1]),
              RoutingChange.split((String) r[2]),
              SqlValues.instant(r[3])));
    }
    return changes;
  }

  /**
   * Where a starting node begins reading the log: the newest entry written before {@code before}
   * (every transaction that old has ended); the full load that follows reads everything up to now.
   */
  public long settledFloor(Instant before) {
    Object max =
        em.createNativeQuery("SELECT MAX(id) FROM routing_change WHERE changed_at < ?1")
            .setParameter(1, Timestamp.from(before))
            .getSingleResult();
    return max == null ? 0 : NumberRows.id(max);
  }

  /** The newest entry of the log (0 when empty). */
  public long latest() {
    Object max = em.createNativeQuery("SELECT MAX(id) FROM routing_change").getSingleResult();
    return max == null ? 0 : NumberRows.id(max);
  }

  /** Deletes the entries written before {@code before}. */
  public int purge(Instant before) {
    return em.createNativeQuery("DELETE FROM routing_change WHERE changed_at < ?1")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }

  /** One node's cache as it last reported itself. */
  public record NodeVersion(
      String node, long version, int missing, int numbers, Instant reportedAt) {}

  /** Records this node's version (one row per node, replaced at each report). */
  public void report(NodeVersion version) {
    int updated =
        bound(
                "UPDATE routing_node SET version = ?2, missing = ?3, numbers = ?4,"
                    + " reported_at = ?5 WHERE node = ?1",
                version)
            .executeUpdate();
    if (updated == 0) {
      bound(
              "INSERT INTO routing_node (node, version, missing, numbers, reported_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)",
              version)
          .executeUpdate();
    }
  }

  /** The statement with the report's node, version, missing, numbers and time as ?1 … ?5. */
  private Query bound(String sql, NodeVersion version) {
    return em.createNativeQuery(sql)
        .setParameter(1, version.node())
        .setParameter(2, version.version())
        .setParameter(3, version.missing())
        .setParameter(4, version.numbers())
        .setParameter(5, Timestamp.from(version.reportedAt()));
  }

  /** Every node that reported since {@code since}, by name. */
  public List<NodeVersion> nodes(Instant since) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT node, version, missing, numbers, reported_at FROM routing_node"
                    + " WHERE reported_at >= ?1 ORDER BY node")
            .setParameter(1, Timestamp.from(since))
            .getResultList();
    List<NodeVersion> nodes = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      nodes.add(
          new NodeVersion(
              (String) r[0],
              NumberRows.id(r[1]),
              ((Number) r[2]).intValue(),
              ((Number) r[3]).intValue(),
              SqlValues.instant(r[4])));
    }
    return nodes;
  }
}
