package jp.selfcare.callfeature;

import java.util.Optional;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.change.HistoryCodec;
import jp.selfcare.history.OperationType;
import jp.selfcare.numbers.AddOn;
import jp.selfcare.numbers.IpNumber;
import jp.selfcare.numbers.NumberType;

/**
 * A per-number switch: which site function may change it, which contract the number needs, whether
 * only basic contract numbers carry it, and its value before anyone changed it.
 */
public enum CallFeature {
  /** 特定番号通知 (§4): present the contracted freephone/navi-dial number; default する. */
  SPECIFIC_NUMBER_PRESENTATION(
      SettingsFunction.INTERNATIONAL_SPECIFIC_NUMBER,
      AddOn.SPECIFIC_NUMBER_PRESENTATION,
      false,
      true,
      OperationType.SPECIFIC_NUMBER_PRESENTATION),
  /** 非通知着信拒否 (§8): reject callers who withhold their number; default する. */
  ANONYMOUS_REJECTION(
      SettingsFunction.NUISANCE_ANONYMOUS_CALLER_ID,
      AddOn.ANONYMOUS_REJECTION,
      false,
      true,
      OperationType.ANONYMOUS_REJECTION),
  /** 発信者番号通知 (§9): present the own number on outgoing calls; default 通知. */
  CALLER_ID_PRESENTATION(
      SettingsFunction.NUISANCE_ANONYMOUS_CALLER_ID,
      null,
      false,
      true,
      OperationType.CALLER_ID_PRESENTATION),
  /** 国際電話利用休止 (§9): no outgoing international calls or forwarding; default しない. */
  INTERNATIONAL_SUSPENSION(
      SettingsFunction.INTERNATIONAL_SPECIFIC_NUMBER,
      null,
      false,
      false,
      OperationType.INTERNATIONAL_SUSPENSION),
  /** 発信規制 (§9): no outgoing calls, per basic contract number; default しない. */
  OUTGOING_RESTRICTION(
      SettingsFunction.HUNT_GROUP_OUTGOING_RESTRICTION,
      null,
      true,
      false,
      OperationType.OUTGOING_RESTRICTION);

  private final SettingsFunction function;
  private final AddOn contract;
  private final boolean basicOnly;
  private final boolean defaultOn;
  private final OperationType historyType;

  CallFeature(
      SettingsFunction function,
      AddOn contract,
      boolean basicOnly,
      boolean defaultOn,
      OperationType historyType) {
    this.function = function;
    this.contract = contract;
    this.basicOnly = basicOnly;
    this.defaultOn = defaultOn;
    this.historyType = historyType;
  }

  public SettingsFunction function() {
    return function;
  }

  /** The value of a number nobody has set. */
  public boolean defaultOn() {
    return defaultOn;
  }

  public OperationType historyType() {
    return historyType;
  }

  /** The add-on contract the number needs, or null when every number has the feature. */
  AddOn contract() {
    return contract;
  }

  boolean basicOnly() {
    return basicOnly;
  }

  /** Whether the number carries the feature at all (contract and number type). */
  public boolean offeredFor(IpNumber number) {
    if (basicOnly && number.type() != NumberType.BASIC) {
      return false;
    }
    return contract == null || number.addOns().has(contract);
  }

  /**
   * How the settings history keeps a switch: on or off (entries written before the history was
   * typed say "ON" or "OFF").
   */
  public static final HistoryCodec<Boolean> HISTORY = HistoryCodec.of(Boolean.class, "ON"::equals);

  /** The feature whose changes are written with this history type, if any. */
  public static Optional<CallFeature> ofHistoryType(OperationType type) {
    for (CallFeature feature : values()) {
      if (feature.historyType == type) {
        return Optional.of(feature);
      }
    }
    return Optional.empty();
  }
}
