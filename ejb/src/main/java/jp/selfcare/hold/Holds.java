package jp.selfcare.hold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.selfcare.organisation.Site;

/**
 * Takes and gives back holds (spec 30-settings-site.md §11). Not a service: the settings and bulk
 * services call it inside their own transaction after they checked the caller's scope, naming the
 * account that acts. Acquiring locks the site's row first, so two accounts racing for the same site
 * are decided one after the other; the conflict check then reads every live hold on the site, the
 * group or the numbers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Holds {

  /** How long an edit screen holds its number when it is abandoned. */
  public static final Duration EDIT_SCREEN = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /**
   * Holds the target for the operation until {@code ttl} from now.
   *
   * @return the hold's id, to release or extend it
   * @throws HoldConflictException naming the operation and account that block it
   */
  public long acquire(
      OperationKind kind, HoldTarget target, long customerId, String account, Duration ttl) {
    em.find(Site.class, target.siteId(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    for (OperationHold hold : live(target, now)) {
      if (!hold.account().equals(account) && hold.blocks(kind, target)) {
        throw new HoldConflictException(hold.kind(), hold.account(), hold.acquiredAt());
      }
    }
    OperationHold hold = new OperationHold(kind, customerId, account, target, now, now.plus(ttl));
    em.persist(hold);
    em.flush();
    return hold.id();
  }

  /** Keeps a hold for {@code ttl} from now (an edit screen still in use). */
  public void extend(long holdId, Duration ttl) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold != null) {
      hold.extendTo(clock.instant().plus(ttl));
    }
  }

  /** Gives back a hold of this account (an edit screen left); anybody else's stays. */
  public void releaseOwn(long holdId, String account) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold != null && hold.account().equals(account)) {
      em.remove(hold);
    }
  }

  /** Gives the hold back (completed or cancelled); releasing twice is harmless. */
  public void release(long holdId) {
    OperationHold hold = em.find(OperationHold.class, holdId);
    if (hold != null) {
      em.remove(hold);
    }
  }

  private List<OperationHold> live(HoldTarget target, Instant now) {
    Set<Long> numbers = target.numbers().isEmpty() ? Set.of(-1L) : target.numbers();
    return em.createQuery(
            "select distinct h from OperationHold h left join h.numbers n where h.expiresAt > :now"
                + " and (h.siteId = :site or h.groupId = :group or n in :numbers)",
            OperationHold.class)
        .setParameter("now", now)
        .setParameter("site", target.siteId())
        .setParameter("group", target.groupId() == null ? -1L : target.groupId())
        .setParameter("numbers", numbers)
        .getResultList();
  }
}
