package jp.selfcare.change;

import java.util.function.Function;
import java.util.function.LongFunction;
import jp.selfcare.history.OperationType;
import jp.selfcare.identity.settings.SettingsFunction;
import jp.selfcare.numbers.IpNumber;

/**
 * What the change flow ({@link NumberSettingChanges}) needs to know of one per-number setting of
 * the Web Settings Site: the function that may change it, the history type its changes are written
 * with, which numbers carry it, and its value as the history keeps it.
 */
public interface NumberSetting {

  /** The function a login needs to change it. */
  SettingsFunction function();

  /** The type its settings-history entries have. */
  OperationType historyType();

  /**
   * The number, when it carries this setting (its contract, its type); otherwise {@link
   * jp.selfcare.identity.NotAllowedException}.
   */
  IpNumber number(long ipNumberId);

  /** The number's value now, in the text its history entries keep. */
  String currentText(IpNumber number);

  /**
   * A history entry's new value as {@link #currentText} would read it back: the same text, unless
   * the entry also records something the value does not keep readable (a message box's new PIN).
   */
  default String comparable(String historyText) {
    return historyText;
  }

  /** A setting whose history text needs no {@link #comparable} rewriting. */
  static NumberSetting of(
      SettingsFunction function,
      OperationType historyType,
      LongFunction<IpNumber> numbers,
      Function<IpNumber, String> currentText) {
    return new Described(function, historyType, numbers, currentText);
  }

  /** {@link #of}'s setting. */
  record Described(
      SettingsFunction function,
      OperationType historyType,
      LongFunction<IpNumber> numbers,
      Function<IpNumber, String> text)
      implements NumberSetting {

    @Override
    public IpNumber number(long ipNumberId) {
      return numbers.apply(ipNumberId);
    }

    @Override
    public String currentText(IpNumber number) {
      return text.apply(number);
    }
  }
}
