package jp.selfcare.hold;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.selfcare.organisation.Site;
import jp.selfcare.persistence.AnyOf;

/**
 * Takes and gives back holds (spec 30-settings-site.md §11). Not a service: the settings and bulk
 * services call it inside their own transaction after they checked the caller's scope, naming the
 * account that acts. Acquiring locks the site's row first, so two accounts racing for the same site
 * are decided one after the other; the new hold is then written and checked in the database against
 * every live hold of another account on the same site, group or numbers, as the hold matrix says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Holds {

  /** How long an edit screen holds its number when it is abandoned. */
  public static final Duration EDIT_SCREEN = Duration.ofMinutes(10);

  /**
   * How long a bulk job (activation, upload, download) holds at most: long enough for a job that a
   * crash interrupted to be resumed at start-up, short enough that a lost job frees its sites.
   */
  public static final Duration BULK_JOB = Duration.ofHours(12);

  /**
   * Whether live hold {@code h} and one of the new holds {@code :mine} share a number: each keeps
   * its numbers either as rows of operation_hold_number (one number, a group's members) or as an
   * array (a bulk upload or download); two arrays are never compared, since bulk uploads and
   * downloads conflict with each other on the site, not on numbers.
   */
  private static final String SAME_NUMBER_SQL =
      "(EXISTS (SELECT 1 FROM operation_hold_number a JOIN operation_hold_number b"
          + " ON b.ip_number_id = a.ip_number_id WHERE a.hold_id = h.id AND b.hold_id IN (:mine))"
          + " OR EXISTS (SELECT 1 FROM operation_hold_number b"
          + " WHERE b.hold_id IN (:mine) AND b.ip_number_id = ANY (h.number_ids))"
          + " OR EXISTS (SELECT 1 FROM operation_hold m JOIN operation_hold_number a"
          + " ON a.hold_id = h.id WHERE m.id IN (:mine) AND a.ip_number_id = ANY (m.number_ids)))";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/SelfcareDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  /**
   * Holds the target for the operation until {@code ttl} from now.
   *
   * @return the hold's id, to release or extend it
   * @throws HoldConflictException naming the operation and account that block it (the caller's
   *     transaction rolls back: nothing was held)
   */
  public long acquire(
      OperationKind kind, HoldTarget target, long customerId, String account, Duration ttl) {
    em.find(Site.class, target.siteId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    OperationHold hold = new OperationHold(kind, customerId, account, target, now, now.plus(ttl));
    em.persist(hold);
    em.flush();
    refuseConflicts(List.of(hold.id()), kind, account, now);
    return hold.id();
  }

  /**
   * Holds, for a bulk upload or download recorded as history entry {@code operationId}, every site
   * of the numbers it touches with the numbers on it until {@code ttl} from now or until the entry
   * finishes ({@link #releaseEntry}). The sites are locked in id order, so two bulk operations over
   * the same sites cannot deadlock; each hold keeps its numbers as one array value (column {@code
   * number_ids}), all written in one batch.
   *
   * @throws HoldConflictException naming the first operation and account that block it (the
   *     caller's transaction rolls back: nothing was held)
   */
  public void acquireForEntry(
      OperationKind kind,
      long operationId,
      Collection<HeldNumber> numbers,
      long customerId,
      String account,
      Duration ttl) {
    Map<Long, List<Long>> bySite =
        numbers.stream()
            .collect(
                Collectors.groupingBy(
                    HeldNumber::siteId,
                    TreeMap::new,
                    Collectors.mapping(HeldNumber::numberId, Collectors.toList())));
    Instant now = clock.instant();
    List<OperationHold> held = new ArrayList<>();
    for (Long siteId : bySite.keySet()) {
      em.find(Site.class, siteId, LockModeType.PESSIMISTIC_WRITE);
      OperationHold hold =
          OperationHold.forEntry(
              kind, operationId, customerId, account, siteId, now, now.plus(ttl));
      em.persist(hold);
      held.add(hold);
    }
    em.flush();
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("UPDATE operation_hold SET number_ids = ? WHERE id = ?")) {
      for (OperationHold hold : held) {
        AnyOf.ids(update, 1, bySite.get(hold.siteId()));
        update.setLong(2, hold.id());
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("holding the numbers of operation " + operationId, e);
    }
    refuseConflicts(held.stream().map(OperationHold::id).toList(), kind, account, now);
  }

  /** Gives back the holds of a history entry that finished; nothing when it had none. */
  public void releaseEntry(long operationId) {
    em.createNativeQuery("DELETE FROM operation_hold WHERE operation_id = :operation")
        .setParameter("operation", operationId)
        .executeUpdate();
  }

  /** Gives back a hold of this account (an edit screen left); anybody else's stays. */
  public void releaseOwn(long holdId, String account) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold != null && hold.account().equals(account)) {
      em.remove(hold);
    }
  }

  /**
   * Gives back the hold of a change that completed, and with it the edit-screen holds its account
   * took on the same numbers for the same operation (開く's 10-minute hold): the edit is over, so
   * another account's operation must not be refused by it. Holds of other accounts stay.
   */
  public void complete(long holdId) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold == null) {
      return;
    }
    em.createNativeQuery(
            "DELETE FROM operation_hold WHERE id <> :hold AND account = :account AND kind = :kind"
                + " AND operation_id IS NULL AND id IN (SELECT a.hold_id FROM operation_hold_number a"
                + " JOIN operation_hold_number b ON b.ip_number_id = a.ip_number_id"
                + " WHERE b.hold_id = :hold)")
        .setParameter("hold", holdId)
        .setParameter("account", hold.account())
        .setParameter("kind", hold.kind().name())
        .executeUpdate();
    em.remove(hold);
  }

  /** Gives the hold back (cancelled, or an operation without an edit screen); twice is harmless. */
  public void release(long holdId) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold != null) {
      em.remove(hold);
    }
  }

  /**
   * Refuses the attempted operation, whose new holds are {@code mine}, when another account's live
   * hold blocks it on the key of the hold matrix: the same site, group or number (numbers are
   * compared in the database, so a hold of 100,000 numbers is never loaded).
   */
  private void refuseConflicts(
      List<Long> mine, OperationKind attempted, String account, Instant now) {
    Map<ConflictKey, List<String>> blocking = new EnumMap<>(ConflictKey.class);
    for (OperationKind inProgress : OperationKind.values()) {
      HoldMatrix.conflict(inProgress, attempted)
          .ifPresent(
              key -> blocking.computeIfAbsent(key, k -> new ArrayList<>()).add(inProgress.name()));
    }
    if (mine.isEmpty() || blocking.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT h.id FROM operation_hold h WHERE h.expires_at > :now"
                + " AND h.account <> :account AND (1 = 0");
    for (ConflictKey key : blocking.keySet()) {
      sql.append(" OR (h.kind IN (:")
          .append(key.name())
          .append(") AND ")
          .append(
              switch (key) {
                case SAME_SITE ->
                    "h.site_id IN (SELECT m.site_id FROM operation_hold m WHERE m.id IN (:mine))";
                case SAME_GROUP ->
                    "h.bulk_group_id IN (SELECT m.bulk_group_id FROM operation_hold m"
                        + " WHERE m.id IN (:mine))";
                case SAME_NUMBER -> SAME_NUMBER_SQL;
              })
          .append(')');
    }
    sql.append(") ORDER BY h.acquired_at, h.id");
    jakarta.persistence.Query query =
        em.createNativeQuery(sql.toString())
            .setParameter("now", now)
            .setParameter("account", account)
            .setParameter("mine", mine)
            .setMaxResults(1);
    blocking.forEach((key, kinds) -> query.setParameter(key.name(), kinds));
    @SuppressWarnings("unchecked")
    List<Number> found = query.getResultList();
    if (!found.isEmpty()) {
      OperationHold hold = em.find(OperationHold.class, found.get(0).longValue());
      throw new HoldConflictException(hold.kind(), hold.account(), hold.acquiredAt());
    }
  }
}
