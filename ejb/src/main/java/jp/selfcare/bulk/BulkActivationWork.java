package jp.selfcare.bulk;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.selfcare.events.NumbersChanged;
import jp.selfcare.history.JobCounts;
import jp.selfcare.history.OperationHistory;
import jp.selfcare.hold.Holds;

/**
 * The activation job's work on the database (the batch-jobs module calls it from its reader, writer
 * and final step; it joins the chunk's transaction). A member is applied and its result row written
 * in the same transaction, so the chunk that commits holds both and a restarted job reads on after
 * the last committed member: none applied twice, none skipped. Each chunk publishes one {@link
 * NumbersChanged}, so the routing cache shows the members as they are applied.
 */
@Stateless
public class BulkActivationWork {

  /** The error of a member that cannot start: it has no リスト5. */
  public static final String NO_LIST5 = "NO_LIST5";

  @PersistenceContext private EntityManager em;

  @Inject private Holds holds;

  @EJB private OperationHistory history;

  @Inject private Event<NumbersChanged> changes;

  /** One member's row of the result file. */
  public record Result(String number, boolean applied, String error) {}

  /** The next members after {@code afterId} in the job's order. */
  public List<BulkMembers.Member> next(long groupId, long afterId, int limit) {
    return BulkMembers.after(em, groupId, afterId, limit);
  }

  /**
   * Applies the activation to these members: 開始 switches each member with a リスト5 to the group's
   * forwarding (the others keep operating as before, result エラー); 停止 gives each its own setting
   * back. A member already in this operation's results is left alone.
   */
  public void apply(
      long operationId, long groupId, Activation activation, List<BulkMembers.Member> members) {
    if (members.isEmpty()) {
      return;
    }
    Set<Long> done =
        done(operationId, members.stream().map(BulkMembers.Member::ipNumberId).toList());
    boolean start = activation == Activation.START;
    List<Long> changed = new ArrayList<>();
    int results = 0;
    for (BulkMembers.Member member : members) {
      if (done.contains(member.ipNumberId())) {
        continue;
      }
      results++;
      if (start && member.list5() == null) {
        result(operationId, member, false, NO_LIST5);
        continue;
      }
      result(operationId, member, true, null);
      changed.add(member.ipNumberId());
    }
    if (results > 0) {
      em.createNativeQuery("UPDATE operation SET progress_done = progress_done + ?1 WHERE id = ?2")
          .setParameter(1, results)
          .setParameter(2, operationId)
          .executeUpdate();
    }
    if (!changed.isEmpty()) {
      BulkMembers.activate(em, groupId, changed, start);
      changes.fire(
          new NumbersChanged(changed, "BULK_FORWARDING", NumbersChanged.Part.FORWARDING, false));
    }
  }

  /** The rows of the result file, by number. */
  public List<Result> results(long operationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT number, applied, error FROM bulk_activation_result"
                    + " WHERE operation_id = ?1 ORDER BY number")
            .setParameter(1, operationId)
            .getResultList();
    return rows.stream()
        .map(r -> new Result((String) r[0], (Boolean) r[1], (String) r[2]))
        .toList();
  }

  /**
   * Every member is applied: the group reaches 開始 / 停止, the hold is given back, the entry completes
   * with its counts. A second call (a restarted final step) changes nothing.
   */
  public void finish(long operationId, long groupId, long holdId, JobCounts counts) {
    BulkForwardingGroup group =
        em.find(BulkForwardingGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
    if (group != null && group.state().transitional()) {
      group.end();
    }
    holds.release(holdId);
    history.complete(operationId, counts);
  }

  /** Of these members, those already in this operation's results (a restarted chunk). */
  private Set<Long> done(long operationId, List<Long> ipNumberIds) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT ip_number_id FROM bulk_activation_result"
                    + " WHERE operation_id = ?1 AND ip_number_id IN (?2)")
            .setParameter(1, operationId)
            .setParameter(2, ipNumberIds)
            .getResultList();
    Set<Long> found = new HashSet<>();
    ids.forEach(id -> found.add(id.longValue()));
    return found;
  }

  private void result(long operationId, BulkMembers.Member member, boolean applied, String error) {
    jakarta.persistence.Query insert =
        em.createNativeQuery(
                "INSERT INTO bulk_activation_result (operation_id, ip_number_id, number, applied,"
                    + " error) VALUES (?1, ?2, ?3, ?4, "
                    + (error == null ? "NULL" : "?5")
                    + ")")
            .setParameter(1, operationId)
            .setParameter(2, member.ipNumberId())
            .setParameter(3, member.number())
            .setParameter(4, applied);
    if (error != null) {
      insert.setParameter(5, error);
    }
    insert.executeUpdate();
  }
}
