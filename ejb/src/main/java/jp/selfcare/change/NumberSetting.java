package jp.selfcare.change;

import java.util.function.Function;
import java.util.function.LongFunction;
import jp.selfcare.access.SettingsFunction;
import jp.selfcare.history.OperationType;
import jp.selfcare.numbers.IpNumber;

/**
 * What the change flow ({@link NumberSettingChanges}) needs to know of one per-number setting of
 * the Web Settings Site: the function that may change it, the history type its changes are written
 * with, which numbers carry it, its value now and how the history keeps that value.
 *
 * @param <V> the setting's value, a record the history keeps through {@link #history()}
 */
public interface NumberSetting<V> {

  /** The function a login needs to change it. */
  SettingsFunction function();

  /** The type its settings-history entries have. */
  OperationType historyType();

  /**
   * The number, when it carries this setting (its contract, its type); otherwise {@link
   * jp.selfcare.identity.NotAllowedException}.
   */
  IpNumber number(long ipNumberId);

  /** The number's value now (null: it has none, e.g. no reservation). */
  V current(IpNumber number);

  /** How its history entries keep the old and the new value. */
  HistoryCodec<V> history();

  /**
   * A history entry's new value as {@link #current} would read it back: the same value, unless the
   * entry also records something the setting does not keep readable (a message box's new PIN).
   */
  default V comparable(V recorded) {
    return recorded;
  }

  /** A setting whose recorded values need no {@link #comparable} rewriting. */
  static <V> NumberSetting<V> of(
      SettingsFunction function,
      OperationType historyType,
      LongFunction<IpNumber> numbers,
      Function<IpNumber, V> current,
      HistoryCodec<V> history) {
    return new Described<>(function, historyType, numbers, current, history);
  }

  /** {@link #of}'s setting. */
  record Described<V>(
      SettingsFunction function,
      OperationType historyType,
      LongFunction<IpNumber> numbers,
      Function<IpNumber, V> value,
      HistoryCodec<V> history)
      implements NumberSetting<V> {

    @Override
    public IpNumber number(long ipNumberId) {
      return numbers.apply(ipNumberId);
    }

    @Override
    public V current(IpNumber number) {
      return value.apply(number);
    }
  }
}
