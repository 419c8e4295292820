package jp.selfcare.forwarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import jp.selfcare.change.NumberChanged;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.identity.settings.SettingsScope.Placement;
import jp.selfcare.identity.settings.SettingsSignIn;
import jp.selfcare.numbers.IpNumber;

/**
 * Stores a number's validated forwarding setting for §1 and §3 inside the calling service's
 * transaction, after it checked the caller: holds the number, keeps the old and the new value in a
 * settings-history entry, and publishes one {@link NumberChanged} (delivered after commit).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ForwardingStore {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Holds holds;

  @Inject private Event<NumberChanged> changes;

  /**
   * The hold on a number's forwarding conditions (§11 転送条件設定) that an edit screen of §1, §2 or §3
   * takes for 10 minutes, and each change takes while it stores: refused with {@link
   * jp.selfcare.hold.HoldConflictException} while another account's conflicting operation holds it.
   */
  public long holdConditions(Placement placement, SettingsSignIn me, long ipNumberId) {
    return holds.acquire(
        OperationKind.FORWARDING_CONDITIONS,
        HoldTarget.number(placement.siteId(), ipNumberId),
        placement.customerId(),
        me.loginId(),
        Holds.EDIT_SCREEN);
  }

  public Operation store(
      OperationType type,
      Placement placement,
      SettingsSignIn me,
      IpNumber number,
      ForwardingSetting setting) {
    long ipNumberId = number.id();
    long hold = holdConditions(placement, me, ipNumberId);
    NumberForwarding stored = em.find(NumberForwarding.class, ipNumberId);
    ForwardingSetting old = stored == null ? ForwardingSetting.NONE : stored.setting();
    if (stored == null) {
      stored = new NumberForwarding(ipNumberId);
      em.persist(stored);
    }
    stored.apply(setting);
    Operation entry =
        Operation.completedChange(
            type,
            placement.customerId(),
            number.number().digits(),
            me.loginId(),
            clock.instant(),
            ipNumberId,
            old.encode(),
            setting.encode());
    em.persist(entry);
    holds.complete(hold);
    changes.fire(new NumberChanged(ipNumberId, type.name()));
    return entry;
  }
}
