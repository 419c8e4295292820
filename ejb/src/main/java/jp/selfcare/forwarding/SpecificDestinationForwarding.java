package jp.selfcare.forwarding;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import jp.selfcare.forwarding.ForwardingSetting.NumberContext;
import jp.selfcare.forwarding.ForwardingSetting.Validation;
import jp.selfcare.history.Operation;
import jp.selfcare.history.OperationType;
import jp.selfcare.history.UndoRefusedException;
import jp.selfcare.hold.Holds;
import jp.selfcare.identity.NotAllowedException;
import jp.selfcare.identity.settings.NumberConditions;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.identity.settings.SettingsScope;
import jp.selfcare.identity.settings.SettingsScope.Placement;
import jp.selfcare.identity.settings.SettingsSignIn;
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
  public static final int MAX_PAGE = 100;

  private static final SettingsFunction FUNCTION = SettingsFunction.FORWARDING_TO_SPECIFIC_NUMBER;

  @PersistenceContext private EntityManager em;

  @EJB private SettingsScope scope;

  @Inject private Holds holds;

  @Inject private ForwardingStore store;

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
      " from IpNumber n join n.contract c join c.site s join s.plan p"
          + " where n.addOns.specificDestination = true";

  /** The numbers in scope with the contract, a page at a time (hold id 0: nothing held). */
  public List<View> page(NumberConditions conditions, int first, int size) {
    if (first < 0 || size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("page must start at 0 or later and hold 1-" + MAX_PAGE);
    }
    SettingsSignIn me = scope.require(FUNCTION);
    return conditions
        .bind(
            em.createQuery(
                "select n" + FROM + conditions.jpql(me) + " order by n.number.digits",
                IpNumber.class),
            me)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(n -> view(n, 0))
        .toList();
  }

  public long count(NumberConditions conditions) {
    SettingsSignIn me = scope.require(FUNCTION);
    return conditions
        .bind(em.createQuery("select count(n)" + FROM + conditions.jpql(me), Long.class), me)
        .getSingleResult();
  }

  /** Opens the edit screen and holds the number like §1. */
  public View open(long ipNumberId) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = contracted(ipNumberId);
    return view(number, store.holdConditions(placement, me, ipNumberId));
  }

  /**
   * Holds the number for the edit screen (a number user's page, shown without a hold when it was
   * opened, takes it at the user's first action).
   */
  public long hold(long ipNumberId) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    contracted(ipNumberId);
    return store.holdConditions(placement, me, ipNumberId);
  }

  /** 設定: the modes and ring time; the destination is the contracted number. */
  public Outcome change(long ipNumberId, ForwardingForm form) {
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = contracted(ipNumberId);
    Validation validation =
        ForwardingSetting.validateSpecificDestination(
            form, ForwardingFacts.context(em, number), number.addOns().destinationNumber());
    if (!validation.valid()) {
      return new Outcome(validation, null);
    }
    Operation entry =
        store.store(
            OperationType.SPECIFIC_DESTINATION_FORWARDING,
            placement,
            me,
            number,
            validation.setting());
    return new Outcome(validation, entry.id());
  }

  /**
   * 元に戻す: the setting an earlier §3 change replaced, as a new change; refused when the number
   * changed again since (the old value is checked against today's rules like any change).
   */
  public Outcome undo(long operationId) {
    Operation earlier = em.find(Operation.class, operationId);
    if (earlier == null
        || earlier.type() != OperationType.SPECIFIC_DESTINATION_FORWARDING
        || earlier.ipNumberId().isEmpty()) {
      throw new NotAllowedException("no forwarding-to-a-specific-number change to undo");
    }
    long ipNumberId = earlier.ipNumberId().get();
    Placement placement = scope.requireNumber(FUNCTION, ipNumberId);
    SettingsSignIn me = scope.require(FUNCTION);
    IpNumber number = contracted(ipNumberId);
    if (!ForwardingFacts.ownSetting(em, ipNumberId)
        .encode()
        .equals(earlier.newValue().orElse(""))) {
      throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_SINCE);
    }
    ForwardingSetting previous = ForwardingSetting.decode(earlier.oldValue().orElseThrow());
    Validation validation =
        ForwardingSetting.validateSpecificDestination(
            previous.asForm(),
            ForwardingFacts.context(em, number),
            number.addOns().destinationNumber());
    if (!validation.valid()) {
      return new Outcome(validation, null);
    }
    Operation entry =
        store.store(
            OperationType.SPECIFIC_DESTINATION_FORWARDING,
            placement,
            me,
            number,
            validation.setting());
    entry.undoes(operationId);
    return new Outcome(validation, entry.id());
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
