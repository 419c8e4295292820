package jp.selfcare.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.identity.NotAllowedException;

/**
 * The one change flow of the per-number settings of the Web Settings Site, inside the calling
 * service's transaction. A feature describes its setting ({@link NumberSetting}) and keeps only
 * what is its own — its rules and how it stores its value; the flow does the rest the same way for
 * every feature:
 *
 * <ol>
 *   <li>{@link #edit}: the caller's login may use the function on this number (role, then scope),
 *       and the number carries the setting — checked here, never trusted from the page;
 *   <li>the feature validates and stores the new value;
 *   <li>{@link #record}: the settings-history entry with the old and the new value, and one {@link
 *       NumberChanged}, which the routing cache observes after commit;
 *   <li>{@link #undoTarget} (元に戻す): the earlier entry is one of the feature's, its number is
 *       allowed as in step 1, and its value is still the one that entry made — else {@link
 *       UndoRefusedException.Reason#CHANGED_SINCE}; the feature then stores the old value through
 *       steps 2 and 3 and marks the new entry with {@link Operation#undoes}.
 * </ol>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NumberSettingChanges {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private SettingsScope scope;

  @Inject private Event<NumberChanged> changes;

  /** An entry 元に戻す restores: the earlier entry, its number allowed again, and its setting. */
  public record UndoTarget<V>(Operation earlier, NumberEdit edit, NumberSetting<V> setting) {

    /** The value the earlier entry replaced (null: there was none, e.g. no reservation). */
    public V oldValue() {
      return earlier.oldValue().map(setting.history()::read).orElse(null);
    }
  }

  /** Step 1: the caller may change this setting of this number; who, where and which number. */
  public NumberEdit edit(NumberSetting<?> setting, long ipNumberId) {
    SettingsScope.NumberAccess access = scope.requireNumberAccess(setting.function(), ipNumberId);
    return new NumberEdit(access.login(), access.placement(), setting.number(ipNumberId));
  }

  /** Step 3: the history entry of a stored change and its event (delivered after commit). */
  public <V> Operation record(NumberSetting<V> setting, NumberEdit edit, V before, V after) {
    OperationType type = setting.historyType();
    Operation entry =
        Operation.completedChange(
            type,
            edit.placement().customerId(),
            edit.number().number().digits(),
            edit.login().loginId(),
            clock.instant(),
            edit.ipNumberId(),
            setting.history().write(before),
            setting.history().write(after));
    em.persist(entry);
    changes.fire(new NumberChanged(edit.ipNumberId(), type.name()));
    return entry;
  }

  /**
   * Step 4: the entry to restore, when it is a change of a setting this feature owns ({@code
   * settingOf} answers for its type) and its number has kept the value it made.
   */
  public <V> UndoTarget<V> undoTarget(
      long operationId, Function<OperationType, Optional<NumberSetting<V>>> settingOf) {
    Operation earlier = em.find(Operation.class, operationId);
    NumberSetting<V> setting =
        earlier == null || earlier.ipNumberId().isEmpty()
            ? null
            : settingOf.apply(earlier.type()).orElse(null);
    if (setting == null) {
      throw new NotAllowedException("entry " + operationId + " is no change of this setting");
    }
    NumberEdit edit = edit(setting, earlier.ipNumberId().get());
    V made = setting.comparable(earlier.newValue().map(setting.history()::read).orElse(null));
    if (!Objects.equals(setting.current(edit.number()), made)) {
      throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_SINCE);
    }
    return new UndoTarget<>(earlier, edit, setting);
  }

  /** Step 4 for a feature of one setting. */
  public <V> UndoTarget<V> undoTarget(long operationId, NumberSetting<V> setting) {
    return undoTarget(
        operationId,
        type -> type == setting.historyType() ? Optional.of(setting) : Optional.empty());
  }
}
