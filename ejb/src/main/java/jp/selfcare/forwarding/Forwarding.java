package jp.selfcare.forwarding;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.bulk.BulkState;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.events.NumberChanged;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.Holds;
import jp.selfcare.numbers.IpNumber;

/**
 * 転送を設定する (spec 30-settings-site.md §1) for one number in the caller's scope: open the edit screen
 * (a 10-minute hold on the number), read the setting, and change it — all rules at once, the hold
 * matrix, a settings-history entry with the old and the new value, and one {@link NumberChanged}
 * after commit. Numbers with a forwarding-to-specific-number contract are §3's.
 */
@Stateless
public class Forwarding {

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @Inject private Holds holds;

  @Inject private ForwardingStore store;

  @Inject private NumberSettingChanges flow;

  /**
   * What the edit screen shows; {@code underBulkForwarding}: bulk forwarding is applied to the
   * number now, so a change takes effect only after 停止 (the form says so before 設定).
   */
  public record View(
      long ipNumberId,
      String number,
      NumberContext context,
      ForwardingSetting setting,
      boolean underBulkForwarding,
      long holdId)
      implements Serializable {

    /** The same screen once it holds its number. */
    public View withHold(long hold) {
      return new View(ipNumberId, number, context, setting, underBulkForwarding, hold);
    }
  }

  /**
   * The outcome of 設定: the validation, the history entry when accepted, and whether bulk forwarding
   * is applied to the number now, so that the change takes effect only after 停止.
   */
  public record Outcome(Validation validation, Long operationId, boolean afterBulkStop)
      implements Serializable {

    static Outcome refused(Validation validation) {
      return new Outcome(validation, null, false);
    }
  }

  /**
   * Opens the edit screen: the number's setting and a hold on it for the edit (refused with {@link
   * jp.selfcare.hold.HoldConflictException} while another account's bulk operation holds it).
   */
  public View open(long ipNumberId) {
    NumberEdit edit = flow.edit(setting(), ipNumberId);
    return view(edit.number()).withHold(store.holdConditions(edit));
  }

  /**
   * The edit screen without a hold (hold id 0): what a number user's page shows of its own number
   * when it is opened — a GET holds nothing; {@link #hold} follows at the user's first action.
   */
  public View look(long ipNumberId) {
    return view(flow.edit(setting(), ipNumberId).number());
  }

  private View view(IpNumber number) {
    long ipNumberId = number.id();
    return new View(
        ipNumberId,
        number.number().digits(),
        context(number),
        current(ipNumberId),
        BulkState.active(em, ipNumberId),
        0);
  }

  /**
   * Holds the number for the edit screen (10 minutes): refused with {@link
   * jp.selfcare.hold.HoldConflictException} while another account's conflicting operation holds it.
   */
  public long hold(long ipNumberId) {
    return store.holdConditions(flow.edit(setting(), ipNumberId));
  }

  /** 設定: applies the form when every rule holds; otherwise changes nothing. */
  public Outcome change(long ipNumberId, ForwardingForm form) {
    NumberEdit edit = flow.edit(setting(), ipNumberId);
    Validation validation = ForwardingSetting.validate(form, context(edit.number()));
    if (!validation.valid()) {
      return Outcome.refused(validation);
    }
    Operation entry = store.store(setting(), edit, validation.setting());
    return new Outcome(validation, entry.id(), BulkState.active(em, ipNumberId));
  }

  /**
   * 元に戻す: restores the value an earlier single-number change replaced, as a new change of its own
   * (with its history entry and event). Refused when the number was changed again since, or when
   * the old value no longer passes today's rules (e.g. a contract ended).
   */
  public Outcome undo(long operationId) {
    UndoTarget<ForwardingSetting> target = flow.undoTarget(operationId, setting());
    NumberEdit edit = target.edit();
    ForwardingSetting previous = target.oldValue();
    Validation validation = ForwardingSetting.validate(previous.asForm(), context(edit.number()));
    if (!validation.valid()) {
      return Outcome.refused(validation);
    }
    Operation entry = store.store(setting(), edit, validation.setting());
    entry.undoes(operationId);
    return new Outcome(validation, entry.id(), BulkState.active(em, edit.ipNumberId()));
  }

  /** §1 as the change flow sees it: numbers without the §3 contract. */
  private NumberSetting<ForwardingSetting> setting() {
    return store.setting(
        SettingsFunction.FORWARDING, OperationType.FORWARDING, this::ordinaryNumber);
  }

  /** キャンセル / leaving the edit screen: gives the caller's edit hold back. */
  public void close(long holdId) {
    SettingsSignIn me = scope.require(SettingsFunction.FORWARDING);
    holds.releaseOwn(holdId, me.loginId());
  }

  /** The number's setting ({@link ForwardingSetting#NONE} before the first change). */
  private ForwardingSetting current(long ipNumberId) {
    return ForwardingFacts.ownSetting(em, ipNumberId);
  }

  private IpNumber ordinaryNumber(long ipNumberId) {
    return ForwardingFacts.ordinaryNumber(em, ipNumberId);
  }

  private NumberContext context(IpNumber number) {
    return ForwardingFacts.context(em, number);
  }
}
