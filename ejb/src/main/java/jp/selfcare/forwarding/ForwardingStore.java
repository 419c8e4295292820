package jp.selfcare.forwarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.HoldTarget;
import jp.selfcare.hold.Holds;
import jp.selfcare.hold.OperationKind;
import jp.selfcare.numbers.IpNumber;

/**
 * Stores a number's validated forwarding setting for §1 and §3 inside the calling service's
 * transaction, after the change flow allowed the caller: holds the number, then records the old and
 * the new value through the flow ({@link NumberSettingChanges}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ForwardingStore {

  @PersistenceContext private EntityManager em;

  @Inject private Holds holds;

  @Inject private NumberSettingChanges flow;

  /**
   * The hold on a number's forwarding conditions (§11 転送条件設定) that an edit screen of §1, §2 or §3
   * takes for 10 minutes, and each change takes while it stores: refused with {@link
   * jp.selfcare.hold.HoldConflictException} while another account's conflicting operation holds it.
   */
  public long holdConditions(NumberEdit edit) {
    return holds.acquire(
        OperationKind.FORWARDING_CONDITIONS,
        HoldTarget.number(edit.placement().siteId(), edit.ipNumberId()),
        edit.placement().customerId(),
        edit.login().loginId(),
        Holds.EDIT_SCREEN);
  }

  /**
   * A change of the number's forwarding conditions (§1, §2 or §3) made under their hold: taken
   * first (refused while another account's conflicting operation holds the number), completed once
   * the change is stored and recorded.
   */
  public Operation underHold(NumberEdit edit, Supplier<Operation> change) {
    long hold = holdConditions(edit);
    Operation entry = change.get();
    holds.complete(hold);
    return entry;
  }

  /** Stores a validated setting of §1 or §3 under the hold and records it through the flow. */
  public Operation store(
      NumberSetting<ForwardingSetting> kind, NumberEdit edit, ForwardingSetting setting) {
    return underHold(
        edit,
        () -> {
          NumberForwarding stored = em.find(NumberForwarding.class, edit.ipNumberId());
          ForwardingSetting old = stored == null ? ForwardingSetting.NONE : stored.setting();
          if (stored == null) {
            stored = new NumberForwarding(edit.ipNumberId());
            em.persist(stored);
          }
          stored.apply(setting);
          return flow.record(kind, edit, old, setting);
        });
  }

  /**
   * §1 or §3 as the change flow sees it: its function, its history type, the numbers that have it;
   * both keep the number's own forwarding setting.
   */
  public NumberSetting<ForwardingSetting> setting(
      SettingsFunction function, OperationType historyType, LongFunction<IpNumber> numbers) {
    return NumberSetting.of(
        function,
        historyType,
        numbers,
        number -> ForwardingFacts.ownSetting(em, number.id()),
        ForwardingSetting.HISTORY);
  }
}
