package jp.selfcare.messagebox;

import java.util.ArrayList;
import java.util.List;
import jp.selfcare.change.HistoryCodec;

/**
 * A box's settings as the settings history keeps them: the addresses with their conditions, the
 * answer guidance, and whether the change set a new PIN (the PIN itself is never kept, not even
 * hashed).
 */
public record MessageBoxSetting(
    List<Address> addresses, GuidanceType guidance, boolean pinChanged) {

  /**
   * How the settings history keeps a box (entries written before it was typed: {@code
   * slot:address:condition:attach,…;GUIDANCE[;PIN]}).
   */
  public static final HistoryCodec<MessageBoxSetting> HISTORY =
      HistoryCodec.of(MessageBoxSetting.class, MessageBoxSetting::legacy);

  public MessageBoxSetting {
    addresses = List.copyOf(addresses);
  }

  /** The same settings as a box keeps them, without the news of a new PIN. */
  MessageBoxSetting withoutPinChange() {
    return new MessageBoxSetting(addresses, guidance, false);
  }

  private static MessageBoxSetting legacy(String text) {
    String[] parts = text.split(";", -1);
    List<Address> addresses = new ArrayList<>();
    if (!parts[0].isEmpty()) {
      for (String a : parts[0].split(",")) {
        String[] f = a.split(":", -1);
        addresses.add(
            new Address(Integer.parseInt(f[0]), f[1], Notify.valueOf(f[2]), "1".equals(f[3])));
      }
    }
    return new MessageBoxSetting(
        addresses, GuidanceType.valueOf(parts[1]), parts.length > 2 && "PIN".equals(parts[2]));
  }
}
