package jp.selfcare.forwarding;

import java.util.List;

/**
 * 転送を設定する as typed: 転送する / しない, the forwarding modes, the ring time, the five destination lists
 * (blank entries allowed) and the chosen target.
 */
public record ForwardingForm(
    boolean forward,
    boolean unconditional,
    boolean busy,
    boolean noAnswer,
    boolean unreachable,
    String ringSeconds,
    List<String> lists,
    ForwardingTarget target) {

  public static final int LISTS = 5;

  public ForwardingForm {
    if (lists == null || lists.size() != LISTS) {
      throw new IllegalArgumentException("the form has exactly five destination lists");
    }
    lists = lists.stream().map(l -> l == null ? "" : l).toList();
  }
}
