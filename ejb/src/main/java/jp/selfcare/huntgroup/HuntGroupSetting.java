package jp.selfcare.huntgroup;

import java.util.List;
import jp.selfcare.change.HistoryCodec;

/**
 * A hunt group as the settings history keeps it: the call method, the number presented, and the
 * members' numbers in the group's order.
 */
public record HuntGroupSetting(
    CallMethod callMethod, NumberPresentation presentation, List<String> members) {

  /**
   * How the settings history keeps a group (entries written before it was typed: {@code
   * METHOD|PRESENTATION|n1,n2,…}).
   */
  public static final HistoryCodec<HuntGroupSetting> HISTORY =
      HistoryCodec.of(HuntGroupSetting.class, HuntGroupSetting::legacy);

  public HuntGroupSetting {
    members = List.copyOf(members);
  }

  /** The group as it stands. */
  static HuntGroupSetting of(HuntGroup group) {
    return new HuntGroupSetting(
        group.callMethod(),
        group.presentation(),
        group.members().stream().map(m -> m.number().digits()).toList());
  }

  private static HuntGroupSetting legacy(String text) {
    String[] parts = text.split("\\|", -1);
    return new HuntGroupSetting(
        CallMethod.valueOf(parts[0]),
        NumberPresentation.valueOf(parts[1]),
        parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")));
  }
}
