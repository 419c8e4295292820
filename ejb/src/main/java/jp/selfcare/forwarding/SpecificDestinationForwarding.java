package jp.selfcare.forwarding;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.access.NumberConditions;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.access.SettingsScope;
import jp.selfcare.access.SettingsSignIn;
import jp.selfcare.change.NumberEdit;
import jp.selfcare.change.NumberSetting;
import jp.selfcare.change.NumberSettingChanges;
import jp.selfcare.change.NumberSettingChanges.UndoTarget;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.hold.Holds;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;

/**
 * 転送先特定番号 (FDIS/NDIS, spec 30-settings-site.md §3): the numbers in scope with the contract and
 * their forwarding — §1's fields except the destination, always the contracted freephone or
 * navi-dial number (changing it is an application). Stored like §1, under the same hold, with its
 * own history type.
 */
@Stateless
public class SpecificDestinationForwarding {

  /** Largest page a screen may ask for. */
  public static final int MAX_PAGE = NumberConditions.MAX_PAGE;

  private static final SettingsFunction FUNCTION = SettingsFunction.FORWARDING_TO_SPECIFIC_NUMBER;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @Inject private Holds holds;

  @Inject private ForwardingStore store;

  @Inject private NumberSettingChanges flow;

  /** A search result or the edit screen's number: its contracted destination and setting. */
  public record View(
      long ipNumberId,
      String siteId,
      String number,
      String destination,
      ForwardingSetting setting,
      NumberContext context,
      long holdId)
      implements Serializable {

    /** The same screen once it holds its number. */
    public View withHold(long hold) {
      return new View(ipNumberId, siteId, number, destination, setting, context, hold);
    }
  }

  /** The outcome of 設定: the validation, and the history entry when accepted. */
  public record Outcome(Validation validation, Long operationId) implements Serializable {}

  private static final String FROM =
      NumberConditions.NUMBERS + " where n.addOns.specificDestination = true";

  /** The numbers in scope with the contract, a page at a time (hold id 0: nothing held). */
  public List<View> page(NumberConditions conditions, int first, int size) {
    return conditions
        .page(em, scope.require(FUNCTION), "select n", FROM, IpNumber.class, first, size)
        .stream()
        .map(n -> view(n, 0))
        .toList();
  }

  public long count(NumberConditions conditions) {
    return conditions.count(em, scope.require(FUNCTION), "n", FROM);
  }

  /** Opens the edit screen and holds the number like §1. */
  public View open(long ipNumberId) {
    NumberEdit edit = flow.edit(setting(), ipNumberId);
    return view(edit.number(), store.holdConditions(edit));
  }

  /**
   * Holds the number for the edit screen (a number user's page, shown without a hold when it was
   * opened, takes it at the user's first action).
   */
  public long hold(long ipNumberId) {
    return store.holdConditions(flow.edit(setting(), ipNumberId));
  }

  /** 設定: the modes and ring time; the destination is the contracted number. */
  public Outcome change(long ipNumberId, ForwardingForm form) {
    NumberEdit edit = flow.edit(setting(), ipNumberId);
    Validation validation = validate(edit, form);
    if (!validation.valid()) {
      return new Outcome(validation, null);
    }
    return new Outcome(validation, store.store(setting(), edit, validation.setting()).id());
  }

  /**
   * 元に戻す: the setting an earlier §3 change replaced, as a new change; refused when the number
   * changed again since (the old value is checked against today's rules like any change).
   */
  public Outcome undo(long operationId) {
    UndoTarget<ForwardingSetting> target = flow.undoTarget(operationId, setting());
    Validation validation = validate(target.edit(), target.oldValue().asForm());
    if (!validation.valid()) {
      return new Outcome(validation, null);
    }
    Operation entry = store.store(setting(), target.edit(), validation.setting());
    entry.undoes(operationId);
    return new Outcome(validation, entry.id());
  }

  /** §3's rules: §1's fields, the destination always the contracted number. */
  private Validation validate(NumberEdit edit, ForwardingForm form) {
    IpNumber number = edit.number();
    return ForwardingSetting.validateSpecificDestination(
        form, ForwardingFacts.context(em, number), number.addOns().destinationNumber());
  }

  /** §3 as the change flow sees it: numbers with the contract. */
  private NumberSetting<ForwardingSetting> setting() {
    return store.setting(FUNCTION, OperationType.SPECIFIC_DESTINATION_FORWARDING, this::contracted);
  }

  /** キャンセル: gives the caller's edit hold back. */
  public void close(long holdId) {
    SettingsSignIn me = scope.require(FUNCTION);
    holds.releaseOwn(holdId, me.loginId());
  }

  private View view(IpNumber n, long hold) {
    return new View(
        n.id(),
        n.contract().site().map(s -> s.siteId().value()).orElse(""),
        n.number().digits(),
        n.addOns().destinationNumber(),
        ForwardingFacts.ownSetting(em, n.id()),
        ForwardingFacts.context(em, n),
        hold);
  }

  private IpNumber contracted(long ipNumberId) {
    IpNumber number = em.find(IpNumber.class, ipNumberId);
    if (!number.addOns().has(AddOn.SPECIFIC_DESTINATION)) {
      throw new NotAllowedException(number.number().digits() + " has no specific destination");
    }
    return number;
  }
}
